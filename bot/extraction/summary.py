"""Lead-based extractive summaries that skip datelines, bylines, captions and headline echoes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from bot.extraction.sentences import split_sentences

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,4}"
    r"(?:,? \w{3,9}\.? \d{1,2})?\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:--|[—–-])\s+)"
)
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z]|written by|photo(?:graph)?s?(?: by)?:|image(?: credit)?:|credit:|"
    r"source:|published|updated|posted|last updated|read more|related:|advertisement|"
    r"sign up|subscribe|follow us|click here|watch:|listen:|getty images)",
    re.IGNORECASE,
)
_CAPTION_TAIL = re.compile(r"\((?:photo|image|picture|credit|getty|ap|reuters)[^)]*\)\s*$", re.I)
_WORD = re.compile(r"[\w’'-]+")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
    r"do|does|did|\w+ed|\w+s)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 6
_SCAN_SENTENCES = 12
_ECHO = 0.7


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _strip_dateline(sentence: str) -> str:
    match = _DATELINE.match(sentence)
    return sentence[match.end() :] if match else sentence


def _is_fragment(sentence: str) -> bool:
    """Too short, no verb, a byline or caption, or not ending like a sentence."""
    words = _WORD.findall(sentence)
    if len(words) < _MIN_WORDS or _BYLINE.match(sentence) or _CAPTION_TAIL.search(sentence):
        return True
    if sentence[-1] not in ".!?”\"’')…":
        return True
    return _VERBISH.search(sentence) is None


def _echoes(sentence: str, headline_words: set[str]) -> bool:
    """Whether a sentence mostly repeats the headline."""
    words = _words(sentence)
    if not words or not headline_words:
        return False
    shared = len(words & headline_words)
    return shared / len(words) >= _ECHO and shared / len(headline_words) >= _ECHO


def _sentences(paragraphs: Sequence[str]) -> Iterator[str]:
    """Body sentences in order, the opening dateline removed, at most _SCAN_SENTENCES."""
    count = 0
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            yield _strip_dateline(sentence) if count == 0 else sentence
            count += 1
            if count >= _SCAN_SENTENCES:
                return


def lead3(paragraphs: Sequence[str]) -> str:
    """The first three sentences of the body: the classic news-summary baseline."""
    return " ".join(islice(_sentences(paragraphs), 3))


def _fit(sentences: list[str], max_chars: int) -> str:
    """Join sentences within the budget, cutting the last at a word if it must."""
    out = ""
    for sentence in sentences:
        joined = f"{out} {sentence}".strip()
        if len(joined) <= max_chars:
            out = joined
        elif not out:
            cut = sentence[: max_chars - 1].rsplit(" ", 1)[0]
            return cut.rstrip(",;:—– ") + "…"
        else:
            break
    return out


def summarize(
    headline: str, paragraphs: Sequence[str], *, max_sentences: int = 3, max_chars: int = 600
) -> str:
    """One to `max_sentences` body sentences, in order, that tell the story past the headline."""
    headline_words = _words(headline)
    chosen: list[str] = []
    seen: list[str] = []
    for sentence in _sentences(paragraphs):
        seen.append(sentence)
        if not _is_fragment(sentence) and not _echoes(sentence, headline_words):
            chosen.append(sentence)
            if len(chosen) >= max_sentences:
                break
    if not chosen:
        chosen = [s for s in seen if not _echoes(s, headline_words)] or seen
    return _fit(chosen[:max_sentences], max_chars)
