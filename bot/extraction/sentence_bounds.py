"""Where the sentence holding a position starts and ends: a stop before a capital, or a line end."""

from __future__ import annotations

import re

# A stop before a capital (not an initial's or a title's: "Dr. S. Rao"), or a line's end. It opens
# with one class, which lets a search skip ahead; each branch then checks behind it what it found.
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bDr\.|\bMr\.|\bMs\.)(?<!\bMrs\.|\bEng\.|\bSmt\.)"
    r"(?<!\bProf\.|\bEngr\.)[”\"’']?\s+(?=[“\"‘']?[A-Z])|(?<=\n))"
)
SENTENCE_BACK = 600  # characters read back for the start of a sentence


def sentence_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding position `at`."""
    end = _SENTENCE_END.search(text, at)
    return sentence_start(text, at), end.start() if end else len(text)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts, at most `SENTENCE_BACK` characters
    before it."""
    floor = at - SENTENCE_BACK
    ends = _SENTENCE_END.finditer(text, max(0, floor), at + 2)  # the next letter decides
    return max(max((m.end() for m in ends if m.end() <= at), default=0), floor)
