"""Nicknames in quote marks inside a name ("Ben “Big Ben” Okafor"), left out before reading."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import PARTICLES, UPPER

_MAX_WORDS = 3
_WORD_BACK = 40  # characters searched back for the start of the word before a nickname
_INNER = rf"(?:the |The |El |La |Le )?[{UPPER}][^“”\"‘’\n.,;:!?]{{0,30}}?"
_AFTER = rf"(?= (?:[{UPPER}]|(?:{PARTICLES}) ))"
# A capitalised word, a short capitalised phrase in quote marks, then a capitalised word; one
# pattern per kind of mark, each opening with its mark: a literal first character lets the
# search skip ahead quickly, where one pattern for all four marks would test every character.
_NICKNAMES = tuple(
    (opening, re.compile(f"{re.escape(opening)}{_INNER}{re.escape(closing)}{_AFTER}"))
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
)


def _capitalised_before(text: str, at: int) -> bool:
    """Whether the word ending at `at` starts with a capital (a first name, not "said")."""
    floor = max(0, at - _WORD_BACK)
    start = max(text.rfind(" ", floor, at), text.rfind("\n", floor, at), floor - 1) + 1
    return text[start : start + 1].isupper()


def _start(match: re.Match[str]) -> int:
    return match.start()


class _QuoteDepth:
    """Whether a position is inside a double-quoted stretch, read left to right in one pass."""

    def __init__(self, text: str) -> None:
        self.text, self.at, self.curly, self.straight = text, 0, 0, 0

    def inside(self, at: int) -> bool:
        text = self.text
        self.curly += text.count("“", self.at, at) - text.count("”", self.at, at)
        self.straight += text.count('"', self.at, at)
        self.at = at
        return self.curly > 0 or self.straight % 2 == 1


def strip_nicknames(text: str) -> str:
    """`text` without nicknames set in quote marks between the parts of a name."""
    if "“" not in text and "‘" not in text and '"' not in text and "'" not in text:
        return text
    pieces: list[str] = []
    done = 0
    depth = _QuoteDepth(text)
    matches = sorted(
        (match for mark, pattern in _NICKNAMES if mark in text for match in pattern.finditer(text)),
        key=_start,
    )
    for match in matches:
        start = match.start() - 1  # the space before the nickname goes with it
        if start < max(1, done) or text[start] != " " or not text[start - 1].isalnum():
            continue
        if match.group().count(" ") >= _MAX_WORDS or not _capitalised_before(text, start):
            continue
        if depth.inside(start):
            continue
        pieces.append(text[done:start])
        done = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def without_nicknames(paragraphs: Sequence[str]) -> Sequence[str]:
    """The paragraphs with nicknames left out (the same sequence when there are none)."""
    joined = "\n".join(paragraphs)
    if not any(mark in joined and pattern.search(joined) for mark, pattern in _NICKNAMES):
        return paragraphs  # the common case, found in one pass
    cleaned = [strip_nicknames(para) for para in paragraphs]
    if all(new is old for new, old in zip(cleaned, paragraphs, strict=True)):
        return paragraphs
    return tuple(cleaned)
