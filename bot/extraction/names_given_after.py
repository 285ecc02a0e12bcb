"""Someone described by the tag of a quote and named only in the sentence after it: "“…,” says
the woman behind the counter. Her name is Gwen Tallis, and …" - Gwen Tallis; "“…,” says the
fisherman, mending a net. Tomas Hale, 62, has fished here since he was 15." - Tomas Hale."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import SPEECH_VERB
from bot.extraction.spans import Span

_DESCRIBED = ("role", "unnamed")  # kinds of speaker phrase describing someone, unnamed
_NAME = r"[A-Z][\w’'\-]+"
# The sentence after the quote's, opening by naming its speaker: "Her name is Gwen Tallis",
# "His full name is …", "She is Ana Ruiz, a …" (two capitalised words at least, so not
# "She is Dutch.").
_NAMED_NEXT = re.compile(
    rf"\s*(?:(?:Her|His|Their)\s+(?:full\s+|first\s+)?name\s+is\s+({_NAME}(?:\s+{_NAME}){{0,3}})"
    rf"|(?:She|He)\s+is\s+({_NAME}(?:\s+{_NAME}){{1,3}}),)"
)
# A newcomer brought in with an age, opening the sentence after: "Tomas Hale, 62, has fished".
_AGED_NEXT = re.compile(rf"\s*({_NAME}(?:\s+{_NAME}){{1,3}}),\s+\d{{1,3}},\s+[a-z]")
# A sentence in which the newcomer takes a stance of their own: someone else speaking.
_STANCE = re.compile(
    r"\b(?:disagree|agree|insist|argue|counter|object|doubt|differ|(?:is|was) (?:not|less)"
    r"|sees it)"
)
_OWNED = re.compile(r"(?:his|her|their|its|our|my)\s|[^,]*['’]s\s")  # someone's role: not them
_SENTENCE_END = re.compile(r"[.!?][”’\"]?\s")
_REACH = 240  # characters after the quote read for the end of its sentence


def named_after(kind: str, value: str, text: str, offsets: Sequence[int], span: Span) -> str | None:
    """The name the sentence right after a quote's gives its speaker, when the speaker phrase
    (of `kind` and `value`, as `read_phrase` gives them) only describes someone; else None."""
    if kind not in _DESCRIBED or not (value.islower() or not value):
        return None
    para = span.end_para if span.end_para >= 0 else span.para
    end = offsets[para] + (span.end if span.end >= 0 else len(span.pieces[-1]))
    window = text[end : end + _REACH]
    if " is " not in window and "," not in window:
        return None  # the cheap test
    closed = text[max(0, end - 3) : end].rstrip('”’"')[-1:] in (".", "!", "?")
    stop = None if closed else _SENTENCE_END.search(window)  # a quote closing its sentence
    if not (closed or stop):
        return None
    begin = stop.end() if stop else 0
    found = _NAMED_NEXT.match(window, begin)
    if found:
        return found.group(1) or found.group(2)
    aged = _AGED_NEXT.match(window, begin) if not _OWNED.match(value) else None
    return _newcomer(text, end, window, aged) if aged else None  # not "his lawyer said"


def _newcomer(text: str, end: int, window: str, aged: re.Match[str]) -> str | None:
    """The name brought in with an age after the quote, when the article has not named them
    before and the sentence gives them no words or stance of their own."""
    name = aged.group(1)
    close = _SENTENCE_END.search(window, aged.end())
    sentence = window[aged.end() : close.start() if close else len(window)]
    if SPEECH_VERB.search(sentence) or _STANCE.search(sentence) or "“" in sentence:
        return None  # "Tomas Hale, 62, disagreed.": someone else
    return None if text.rfind(name, 0, end) >= 0 else name
