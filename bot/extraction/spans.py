"""Find double-quoted spans in paragraphs, joining quotes that run over several paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_MARKS = re.compile(r"[“”\"„]")
_OPENERS = "“„"
_BEFORE_OPEN = frozenset(" \t([{—–-/:;,")


@dataclass(slots=True)
class Span:
    """One quotation: where it starts and ends, and its text pieces (one per paragraph)."""

    para: int
    start: int
    end_para: int = -1
    end: int = -1
    pieces: list[str] = field(default_factory=list)
    inner: str = ""  # an attribution between two halves of one quote ("she said,")

    @property
    def text(self) -> str:
        return " ".join(p.strip() for p in self.pieces if p.strip())


def _has_mark(para: str) -> bool:
    return '"' in para or "“" in para or "”" in para or "„" in para


def _opens_straight(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before in _BEFORE_OPEN and not after.isspace()


def _closes_straight(para: str, i: int) -> bool:
    return i > 0 and not para[i - 1].isspace()


class _Scanner:
    """A small state machine over quote marks across paragraph breaks."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.spans: list[Span] = []
        self.open: Span | None = None
        self.content = 0

    def _start(self, index: int, at: int) -> None:
        self.open = Span(index, at)
        self.content = at + 1

    def _close(self, index: int, at: int, end: int) -> None:
        span = self.open
        if span is None:
            return
        span.pieces.append(self.paragraphs[index][self.content : at])
        span.end_para, span.end = index, end
        self.spans.append(span)
        self.open = None

    def _carry(self, index: int, para: str) -> int:
        """Continue an open quote into this paragraph; return where scanning resumes."""
        span = self.open
        if span is None:
            return 0
        if para[:1] in _OPENERS or para[:1] == '"':
            span.pieces.append(self.paragraphs[index - 1][self.content :])
            self.content = 1
            return 1
        prev = self.paragraphs[index - 1]
        self._close(index - 1, len(prev), len(prev))
        return 0

    def _mark(self, index: int, para: str, i: int, mark: str) -> None:
        if self.open is None:
            if mark in _OPENERS or (mark == '"' and _opens_straight(para, i)):
                self._start(index, i)
            return
        if mark == "”" or (mark == '"' and _closes_straight(para, i)):
            self._close(index, i, i + 1)
        elif mark in _OPENERS or mark == '"':  # an opener inside an open quote: restart
            self._close(index, i, i)
            self._start(index, i)

    def run(self) -> list[Span]:
        for index, para in enumerate(self.paragraphs):
            resume = self._carry(index, para) if self.open is not None else 0
            if self.open is None and not _has_mark(para):
                continue
            for match in _MARKS.finditer(para, resume):
                self._mark(index, para, match.start(), match.group())
        if self.open is not None:
            last = len(self.paragraphs) - 1
            self._close(last, len(self.paragraphs[last]), len(self.paragraphs[last]))
        return self.spans


def find_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Every double-quoted span, in order; a quote over several paragraphs is one span."""
    return _Scanner(paragraphs).run()
