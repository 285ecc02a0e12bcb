"""Find double-quoted spans in paragraphs, joining quotes that run over several paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.extraction.lexicon import SPEECH_VERB

_MARK_CHARS = '“”"„«»'
_MARKS_DOUBLED = re.compile(r"''|’’|[“”\"„«»]")  # two apostrophes stand for a double mark
_OPENERS = "“„«"
_CLOSERS = ("”", "’’", "»")
# Marks before an opener after which a quote left open may run on into the next paragraph: a
# sentence's start or an introduction ("She said: “…", "“…,” he said, “…").
_INTRODUCING = frozenset('.!?:;,—–-…”"’')
_SPEECH_BEFORE = re.compile(rf"(?:{SPEECH_VERB.pattern})\s*$")
# A paragraph that is one quote in single marks: a pulled-out line such as ‘I was told to wait’.
_SINGLE_QUOTED = re.compile(r"‘([^‘’]*(?:’\w[^‘’]*)*)’[.!?]?")
_BEFORE_OPEN = frozenset(" \t([{—–-/:;,")
_TRAILING = frozenset(" \t.,;:!?)]”’'\"")
_NESTED_REACH = 2000  # characters searched for the closer of a quote within a quote
# A paragraph ending on a dash and a short signature after a sentence's end: a reader's review
# left unclosed and signed ("… worth it! —Sam Reyes"); the quote ends before the dash.
_UNCLOSED_SIGNED = re.compile(r"[.!?…]\s*[—–]\s*[^\s—–.!?][^—–,;:!?“”\"]{0,30}$")


@dataclass(slots=True)
class Span:
    """One quotation: where it starts and ends, and its text pieces (one per paragraph)."""

    para: int
    start: int
    end_para: int = -1
    end: int = -1
    pieces: list[str] = field(default_factory=list)
    inner: str = ""  # an attribution between two halves of one quote ("she said,")
    pulled: bool = False  # a line of its own in single marks, pulled out above a section
    # (paragraph, offset) just after a closing mark in the next paragraph, which opened with no
    # mark: where the quote left open at its paragraph's end was closed and may be credited.
    closed_after: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return " ".join(p.strip() for p in self.pieces if p.strip())


def _marks(para: str, resume: int) -> list[tuple[int, str]]:
    """(position, mark) of the quote marks from `resume` on, in order: found by plain search
    per mark, or by pattern in the rare paragraph where two apostrophes stand for a mark."""
    if "''" in para or "’’" in para:
        return [(match.start(), match.group()) for match in _MARKS_DOUBLED.finditer(para, resume)]
    found: list[tuple[int, str]] = []
    for mark in _MARK_CHARS:
        at = para.find(mark, resume)
        while at >= 0:
            found.append((at, mark))
            at = para.find(mark, at + 1)
    found.sort()
    return found


def _has_mark(para: str) -> bool:
    return '"' in para or "“" in para or "”" in para or "„" in para or "«" in para


def _may_run_on(para: str, start: int) -> bool:
    """Whether a quote opened at `start` and left open may go on in the next paragraph: not
    when a plain word leads to it (`titled “…`, `short for “…`), which marks a name or title."""
    before = para[:start].rstrip()
    return not before or before[-1] in _INTRODUCING or _SPEECH_BEFORE.search(before) is not None


def _misplaced_closer(para: str, i: int) -> bool:
    """An opening mark typed where a closer belongs: `Big Data?“,` or `brain, “ says`."""
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (not after.isalnum() and after not in "‘'[(") and (
        not before.isspace() or after.isspace()
    )


def _nests(para: str, i: int) -> bool:
    """Whether the opener at `i` starts a quote within the open one rather than a new quote.

    It must be closed later in the paragraph, and that closer must not end an utterance
    followed by its attribution (`“A. “B,” says X.`: the first quote was left open)."""
    reach = i + 1 + _NESTED_REACH
    close = para.find("”", i + 1, reach)
    if close < 0:
        close = para.find("’’", i + 1, reach)
    if close < 0 or para[close - 1] == ",":
        return False
    return SPEECH_VERB.search(para, close, close + 40) is None


def _straight_closer(para: str, start: int, end: int) -> int:
    """The first straight mark in para[start:end] that can close a quote, else -1."""
    at = para.find('"', start, end)
    while at >= 0 and not _closes_straight(para, at):
        at = para.find('"', at + 1, end)
    return at


def _nests_straight(para: str, i: int) -> bool:
    """Whether a straight mark opening inside a straight-quoted quote starts a quote within
    it (`"I keep hunting for the "right" word, but no?" Ana says`): it is closed later,
    not by an utterance ending in a comma, and the outer quote is closed after that with no
    speech verb in between."""
    reach = min(len(para), i + 1 + _NESTED_REACH)
    inner = _straight_closer(para, i + 1, reach)
    if inner < 0 or para[inner - 1] == ",":
        return False
    outer = _straight_closer(para, inner + 1, reach)
    return outer >= 0 and SPEECH_VERB.search(para, inner, outer) is None


def _ends_paragraph(para: str, end: int) -> bool:
    return all(char in _TRAILING for char in para[end : end + 8]) and len(para) - end <= 8


def _opens_straight(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before in _BEFORE_OPEN and not after.isspace()


def _closes_straight(para: str, i: int) -> bool:
    return i > 0 and not para[i - 1].isspace()


def _open_end(para: str, content: int) -> int:
    """Where a quote left open at the end of its paragraph ends: before a signature set after
    the dash that closes a signed review, else at the paragraph's end."""
    if "—" not in para and "–" not in para:
        return len(para)
    signed = _UNCLOSED_SIGNED.search(para, content)
    return signed.start() + 1 if signed else len(para)


def _stray_close(index: int, para: str) -> tuple[int, int] | None:
    """(index, offset after it) of a paragraph's first closing mark when no opening mark comes
    before it: the close of a quote left open at the end of the paragraph before."""
    close = para.find("”")
    if close < 0 or para.find("“", 0, close) >= 0:
        return None
    return index, close + 1


class _Scanner:
    """A small state machine over quote marks across paragraph breaks."""

    def __init__(self, paragraphs: Sequence[str], limit: int) -> None:
        self.paragraphs = paragraphs
        self.limit = limit
        self.spans: list[Span] = []
        self.open: Span | None = None
        self.content = 0
        self.nested = False  # inside a double-quoted quote within the open quote
        self.trusted = False  # the open quote began with “ or has run over a paragraph

    def _start(self, index: int, at: int, width: int = 1) -> None:
        self.open = Span(index, at)
        self.content = at + width
        self.nested = False
        self.trusted = self.paragraphs[index][at] in _OPENERS

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
        opens = para[:1] in _OPENERS or para[:1] == '"'
        if opens and (span.para < index - 1 or _may_run_on(self.paragraphs[span.para], span.start)):
            span.pieces.append(self.paragraphs[index - 1][self.content :])
            self.content = 1
            self.trusted = True
            return 1
        end = _open_end(self.paragraphs[index - 1], self.content)
        self._close(index - 1, end, end)
        self.spans[-1].closed_after = _stray_close(index, para)
        return 0

    def _mark(self, index: int, para: str, i: int, mark: str) -> None:
        if self.open is None:
            if mark in _OPENERS or (mark[0] == '"' and _opens_straight(para, i)):
                self._start(index, i)
            elif mark == "''" and _opens_straight(para[: i + 1] + para[i + 2 :], i):
                self._start(index, i, 2)
            return
        if mark == "''":
            mark = "’’"
        end = i + len(mark)
        if mark in _CLOSERS or (mark == '"' and _closes_straight(para, i)):
            if not self.nested or _ends_paragraph(para, end):
                self._close(index, i, end)
            self.nested = False
        elif mark in _OPENERS and _misplaced_closer(para, i):
            self._close(index, i, end)
        elif mark in _OPENERS and self.trusted and not self.nested and _nests(para, i):
            self.nested = True  # a quote within the quote: “For me “Mad World” was ...
        elif (
            mark == '"'
            and not self.nested
            and _opens_straight(para, i)
            and _nests_straight(para, i)
        ):
            self.nested = True  # the same in straight marks: "… the "right" word …"
        else:  # an opener inside an open quote with no closer: the last one was left open
            self._close(index, i, i)
            self._start(index, i)

    def _single_quoted(self, index: int, para: str) -> None:
        """A paragraph that is one quote in single marks, apostrophes allowed inside."""
        match = _SINGLE_QUOTED.fullmatch(para.rstrip())
        if match:
            end = match.end(1) + 1
            self.spans.append(Span(index, 0, index, end, [match.group(1)], pulled=True))

    def run(self) -> list[Span]:
        for index, para in enumerate(self.paragraphs):
            resume = self._carry(index, para) if self.open is not None else 0
            if self.open is None and not _has_mark(para):
                if para[:1] == "‘":
                    self._single_quoted(index, para)
                continue
            for at, mark in _marks(para, resume):
                self._mark(index, para, at, mark)
                if len(self.spans) >= self.limit:
                    return self.spans
        if self.open is not None:
            last = len(self.paragraphs) - 1
            end = _open_end(self.paragraphs[last], self.content)
            self._close(last, end, end)
        return self.spans


def find_spans(paragraphs: Sequence[str], limit: int = 10_000) -> list[Span]:
    """Double-quoted spans in order, the first `limit` of them; a quote over several
    paragraphs is one span."""
    return _Scanner(paragraphs, limit).run()
