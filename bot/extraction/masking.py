"""Paragraphs with their quoted words blanked out, and sentence boundaries found in them once."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from bot.extraction.spans import Span
from bot.extraction.stops import boundaries

# How far around a quote its attribution is looked for, in characters: a sentence longer than
# this is read only near the quote, which keeps the work per quote bounded.
WINDOW = 600
_KEEP_CLOSING = frozenset(".!?’'…")
# A later quoted fragment of the same sentence, masked: "“A,” and the payroll “w····,” said X".
FRAGMENT = re.compile(r"[“\"][^“”\"\s]?·+[^“”\"\s]*[”\"]")


def after_fragment(lead: str) -> str:
    """The lead after the last quoted fragment it holds: "Critics call it “…,” but it will "
    gives "but it will ", the clause the quote itself stands in."""
    ends = [found.end() for found in FRAGMENT.finditer(lead)] if "·" in lead else []
    return lead[ends[-1] :] if ends else lead


class Masked:
    """One paragraph blanked (`text`) with its sentence boundaries as (start, end) pairs."""

    __slots__ = ("_ends", "_starts", "bounds", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = boundaries(text)
        self._ends = [pair[1] for pair in self.bounds]
        self._starts: list[int] | None = None  # built when first needed

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding `at` begins (a boundary ending at or before `at`)."""
        index = bisect_right(self._ends, at)
        return self._ends[index - 1] if index else 0

    def ends_before(self, at: int, count: int) -> list[tuple[int, int]]:
        """The last `count` boundaries that end at or before `at`, in text order."""
        index = bisect_right(self._ends, at)
        return self.bounds[max(0, index - count) : index]

    def first_end_after(self, at: int) -> tuple[int, int] | None:
        """The first boundary ending after `at`."""
        index = bisect_right(self._ends, at)
        return self.bounds[index] if index < len(self.bounds) else None

    def next_start_after(self, at: int) -> int:
        """The start of the first boundary that starts after `at`, else the paragraph end."""
        if self._starts is None:
            self._starts = [pair[0] for pair in self.bounds]
        index = bisect_right(self._starts, at)
        return self._starts[index] if index < len(self._starts) else len(self.text)

    def last_end(self) -> int:
        return self._ends[-1] if self._ends else 0


def blank(para: str, interiors: list[tuple[int, int]]) -> str:
    """`para` with each quoted stretch replaced by dots, keeping its first letter and closing
    punctuation (a capital shows a new sentence; a full stop may end one)."""
    if not interiors:
        return para
    pieces: list[str] = []
    done = 0
    for start, end in sorted(interiors):
        keep = end
        while keep > start + 1 and para[keep - 1] in _KEEP_CLOSING:
            keep -= 1
        start = max(start + 1, done)
        if keep > start:
            pieces.append(para[done:start])
            pieces.append("·" * (keep - start))
            done = keep
    pieces.append(para[done:])
    return "".join(pieces)


class MaskedText:
    """The paragraphs of one article, masked on demand, with each paragraph's text offset."""

    def __init__(self, paragraphs: Sequence[str], spans: Sequence[Span], base: int = 0) -> None:
        self.paragraphs = paragraphs
        self.offsets: list[int] = []
        offset = base
        for para in paragraphs:
            self.offsets.append(offset)
            offset += len(para) + 1
        self.interiors: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            self._add_interiors(span)
        self._masked: dict[int, Masked] = {}

    def _add_interiors(self, span: Span) -> None:
        """Record the quoted stretches of a span per paragraph, leaving out its attribution."""
        for number in range(span.para, span.end_para + 1):
            para = self.paragraphs[number]
            start = span.start + 1 if number == span.para else 0
            end = span.end - 1 if number == span.end_para else len(para)
            gap = para.find(span.inner, start, end) if span.inner else -1
            pieces = [(start, gap), (gap + len(span.inner), end)] if gap > start else [(start, end)]
            self.interiors.setdefault(number, []).extend(pieces)

    def quoted(self) -> list[tuple[int, int]]:
        """Every quoted stretch as (start, end) offsets in the joined text."""
        return [
            (self.offsets[number] + start, self.offsets[number] + end)
            for number, pieces in self.interiors.items()
            for start, end in pieces
        ]

    def mask(self, number: int) -> Masked:
        """Paragraph `number` with quoted words blanked out (built once)."""
        cached = self._masked.get(number)
        if cached is None:
            cached = Masked(blank(self.paragraphs[number], self.interiors.get(number, [])))
            self._masked[number] = cached
        return cached

    def paragraph_at(self, at: int) -> int:
        """The number of the paragraph holding text offset `at`."""
        return max(0, bisect_left(self.offsets, at + 1) - 1)
