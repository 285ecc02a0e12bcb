"""Work out who said each quoted span from the words around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import PASSIVE_BEFORE, SPEECH_VERB
from bot.extraction.sentences import split_sentences
from bot.extraction.spans import Span
from bot.extraction.speakers import (
    People,
    is_org,
    name_candidates,
    speaker_from_phrase,
    subject_name,
)

_MAX_SUBJECT_WORDS = 14
_WINDOW = 320  # characters of context read on each side of a quote
_GAP_CHARS = 400  # characters per paragraph searched for the last person named
_MAX_TAIL_LEAD_WORDS = 8
_APPOSITIVE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'.\-]*,[^,]{1,120},\s*$")
_PHRASE_END = re.compile(r"[,;:(—–]|\s(?:in|on|at|during|after|before|when|while|that|as)\s")


def _is_passive(text: str, at: int) -> bool:
    """Whether the verb at `at` follows "is", "was", "not"... ("is said to be")."""
    return PASSIVE_BEFORE.search(text, max(0, at - 12), at) is not None


def _verb(text: str) -> re.Match[str] | None:
    """The first speech verb that is not part of a passive ("is said to be")."""
    for match in SPEECH_VERB.finditer(text):
        if not _is_passive(text, match.start()):
            return match
    return None


def _after_verb(text: str) -> str:
    """The words right after a verb ("said John Smith, the CEO" -> "John Smith")."""
    sentences = split_sentences(text)
    text = sentences[0] if sentences else ""
    cut = _PHRASE_END.search(text)
    return (text[: cut.start()] if cut else text).rstrip(".")


def phrase_from_lead(lead: str) -> str | None:
    """The speaker phrase in "X said: ...", "According to X, ...", "He added: ..."."""
    match = _verb(lead)
    if match is None:
        return None
    before = lead[: match.start()]
    if match.group().lower() == "according to" or not before.strip():
        return _after_verb(lead[match.end() :]).strip() or None
    if len(before.split()) > _MAX_SUBJECT_WORDS:
        return None
    return before.strip() or None


def phrase_from_tail(tail: str) -> str | None:
    """The speaker phrase in ", he said.", ", said X, the ...", " X told Reuters."."""
    text = tail.lstrip(" ,;:—–-")
    match = _verb(text)
    if match is None:
        return None
    before = text[: match.start()]
    words = before.split()
    near_name = len(words) <= _MAX_SUBJECT_WORDS and words[-1][:1].isupper() if words else False
    if len(words) > _MAX_TAIL_LEAD_WORDS and not (near_name or _APPOSITIVE.match(before)):
        return None
    if match.group().lower() == "according to" or not before.strip():
        return _after_verb(text[match.end() :]).strip() or None
    return before.strip()


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(mark, 0, pos) for mark in (". ", "? ", "! ", "; ", "” ")) + 1


class Attributor:
    """Resolves a speaker for every span of one article, in reading order."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], people: People) -> None:
        self.paragraphs = paragraphs
        self.spans = spans
        self.people = people
        self._resolved: dict[int, str | None] = {}
        self._subject_cache: dict[int, list[tuple[int, str]]] = {}

    def speaker(self, index: int) -> str | None:
        """The speaker of span `index`; call in reading order so earlier answers can help."""
        if index not in self._resolved:
            self._resolved[index] = self._speaker(index)
        return self._resolved[index]

    def _region_before(self, index: int) -> str:
        span = self.spans[index]
        para = self.paragraphs[span.para]
        prev = self.spans[index - 1] if index else None
        start = prev.end if prev and prev.end_para == span.para else 0
        return para[max(start, span.start - _WINDOW) : span.start]

    def _region_after(self, index: int) -> str:
        span = self.spans[index]
        para = self.paragraphs[span.end_para]
        nxt = self.spans[index + 1] if index + 1 < len(self.spans) else None
        end = nxt.start if nxt and nxt.para == span.end_para else len(para)
        return para[span.end : min(end, span.end + _WINDOW)]

    def _lead(self, index: int) -> tuple[str, str]:
        """(the start of the quote's own sentence, the sentence before it in the paragraph)."""
        region = self._region_before(index).strip()
        if not region:
            return "", ""
        sentences = split_sentences(region + " Q")  # the probe shows if a new sentence starts
        if sentences[-1] == "Q":
            return "", sentences[-2] if len(sentences) > 1 else ""
        return sentences[-1][:-2], sentences[-2] if len(sentences) > 1 else ""

    def _phrase(self, index: int) -> tuple[str | None, bool]:
        """(speaker phrase, whether the quote has no lead of its own)."""
        span = self.spans[index]
        lead = self._lead(index)[0]
        lead_phrase = phrase_from_lead(lead) if lead else None
        if lead_phrase and lead.rstrip().endswith((":", ",")):
            return lead_phrase, False
        for context in (span.inner, self._first_sentence(self._region_after(index))):
            phrase = phrase_from_tail(context) if context else None
            if phrase:
                return phrase, False
        if lead_phrase:
            return lead_phrase, False
        if lead and self._continues_sentence(index, lead):
            return None, True
        if span.start == 0 and span.para > 0:
            previous = self.paragraphs[span.para - 1].rstrip()
            if previous.endswith(":"):
                return phrase_from_lead(split_sentences(previous)[-1]), True
        return None, not lead

    def _continues_sentence(self, index: int, lead: str) -> bool:
        """Whether this quote is in the same sentence as the previous quote."""
        prev = self.spans[index - 1] if index else None
        return (
            prev is not None
            and prev.end_para == self.spans[index].para
            and (lead.strip() == self._region_before(index).strip())
        )

    @staticmethod
    def _first_sentence(text: str) -> str:
        sentences = split_sentences(text) if text.strip() else []
        return sentences[0] if sentences else ""

    def _speaker(self, index: int) -> str | None:
        phrase, bare = self._phrase(index)
        if phrase:
            return speaker_from_phrase(phrase, self.people, lambda: self._last_person(index))
        if bare and index:
            prev, span = self.spans[index - 1], self.spans[index]
            if prev.end_para >= span.para - 1 and self._resolved.get(index - 1):
                return self._resolved[index - 1]
        if bare:
            _, prev_sentence = self._lead(index)
            phrase = phrase_from_lead(prev_sentence) if prev_sentence else None
            if phrase:
                return speaker_from_phrase(phrase, self.people, lambda: self._last_person(index))
        return None

    def _gap(self, index: int) -> list[str]:
        """Text before this span: the end of up to two paragraphs before it, then its own."""
        span = self.spans[index]
        chunks = [p[-_GAP_CHARS:] for p in self.paragraphs[max(span.para - 2, 0) : span.para]]
        chunks.append(self.paragraphs[span.para][max(0, span.start - _GAP_CHARS) : span.start])
        return chunks

    def _subjects(self, number: int) -> list[tuple[int, str]]:
        """(offset, name) of every named subject of a speech verb in a paragraph (cached)."""
        cached = self._subject_cache.get(number)
        if cached is None:
            text, cached = self.paragraphs[number], []
            for match in SPEECH_VERB.finditer(text):
                if _is_passive(text, match.start()):
                    continue
                name = subject_name(text[_sentence_start(text, match.start()) : match.start()])
                if name and not is_org(name):
                    cached.append((match.start(), name))
            self._subject_cache[number] = cached
        return cached

    def _last_person(self, index: int) -> str | None:
        """The person a pronoun or a role ("the author") most likely points back to."""
        span = self.spans[index]
        for number in range(span.para, max(span.para - 3, -1), -1):
            names = [
                name
                for at, name in self._subjects(number)
                if number != span.para or at < span.start
            ]
            if names:
                return self.people.full_name(names[-1])
        for earlier in range(index - 1, -1, -1):
            speaker = self._resolved.get(earlier)
            if speaker and not is_org(speaker):
                return speaker
        return self._last_named(index)

    def _last_named(self, index: int) -> str | None:
        """The last full personal name written in the paragraphs before this span."""
        for chunk in reversed(self._gap(index)[:-1]):
            names = [n for n in name_candidates(chunk) if " " in n and not is_org(n)]
            if names:
                return self.people.full_name(names[-1])
        return None
