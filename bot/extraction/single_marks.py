"""Articles that quote speech in single marks (‘I was gutted,’ he said), read as double marks.

British papers set a quote within such speech in double marks (‘She told me "go home",’ he
said); those inner marks are set aside while the quotes are found, and put back after."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import SPEECH_VERB

_DOUBLE_MARKS = ("“", "”", '"', "„", "«", "»")
_PAIRS = (("‘", "’"), ("'", "'"))
_BEFORE_OPEN = frozenset(" \t([{—–-/")
_PUNCT_BEFORE_CLOSE = frozenset(".,!?…")
_PUNCT_AFTER_CLOSE = frozenset(",.;:!?)]…—–-")
# Speech set out in single marks: a paragraph that opens with one, or one after a colon. The
# mark comes first and what stands before it is checked after, so that the search skips
# quickly from mark to mark instead of trying the pattern at every character.
_SPEECH_OPENERS = {
    opening: re.compile(
        rf"{re.escape(opening)}(?=\w)(?:(?<![^\n]{re.escape(opening)})|(?<=:{re.escape(opening)})"
        rf"|(?<=:[ \t]{re.escape(opening)}))"
    )
    for opening, _ in _PAIRS
}
_MIN_SPEECH_OPENERS = 2
# One quote in curly single marks tagged with its speaker is speech as surely as two openers:
# "‘We are all afraid,’ she said.", "‘It is over,’ said Tom Ode.", "‘No!’ the boy shouted."
_TAGGED = re.compile(
    rf"‘(?=\w)(?<![\w’]‘)[^‘\n]{{3,400}}?[,!?]’\s+(?:(?:{SPEECH_VERB.pattern})\s|(?:he|she|they"
    rf"|I|we|[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|(?:the|a|an)\s[a-z\-]+(?:\s[a-z\-]+)?)\s"
    rf"(?:{SPEECH_VERB.pattern})\b)"
)
# Double marks inside speech in single marks, set aside as characters no reader takes for a
# quote mark (private use), one for one so every offset stays where it was.
_SET_ASIDE = {mark: chr(0xE000 + n) for n, mark in enumerate(_DOUBLE_MARKS)}
_PUT_BACK = str.maketrans({aside: mark for mark, aside in _SET_ASIDE.items()})
_DOUBLE = re.compile("[" + "".join(_DOUBLE_MARKS) + "]")
_SINGLE = {opening: re.compile(f"[{opening}{closing}]") for opening, closing in _PAIRS}


def _speech_openers(joined: str, opening: str) -> int:
    """How many times speech opens with `opening`: a paragraph's start or after a colon."""
    if opening not in joined:
        return 0
    found = len(_SPEECH_OPENERS[opening].findall(joined, 0))
    if found < _MIN_SPEECH_OPENERS and opening == "‘" and _TAGGED.search(joined):
        return _MIN_SPEECH_OPENERS  # "Linda agreed. ‘We are all afraid,’ she said."
    return found


def _marks_of(joined: str, paragraphs: Sequence[str]) -> tuple[str, str] | None:
    """The single marks an article sets its speech in, or None when it uses double marks.
    With double marks as well, speech in single marks must open a paragraph somewhere, and
    the double marks are checked paragraph by paragraph to lie inside it."""
    doubles = any(mark in joined for mark in _DOUBLE_MARKS)
    starts = {para[:1] for para in paragraphs} if doubles else set()
    for opening, closing in _PAIRS:
        if opening not in joined or (doubles and opening not in starts):
            continue
        if _speech_openers(joined, opening) >= _MIN_SPEECH_OPENERS:
            return opening, closing
    return None


def _opens(para: str, i: int) -> bool:
    """A mark at `i` that opens a quote: after a space or the paragraph's start, before a word."""
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before in _BEFORE_OPEN and (after.isalnum() or after in "…")


def _closing_kind(para: str, i: int) -> int:
    """2 for a mark at `i` that surely closes a quote, 1 for one that may be a plural's
    apostrophe (`the players’ bus`), 0 for an apostrophe inside a word (`I’ve`)."""
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if before.isspace() or after.isalnum():
        return 0
    if before in _PUNCT_BEFORE_CLOSE or after in _PUNCT_AFTER_CLOSE or not para[i + 1 :].strip():
        return 2
    return 1 if before in "sS" else 2


def _quote_ends(para: str, marks: list[int], opening: str, runs_on: bool) -> list[tuple[int, int]]:
    """(open, close) positions of the quotes of a paragraph; close is -1 for one left open to
    run on into the next paragraph (`runs_on`: that one opens with a mark)."""
    pairs: list[tuple[int, int]] = []
    start = -1
    maybe = -1  # a possible closer seen since the quote opened
    for i in marks:
        if start < 0:
            if para[i] == opening and _opens(para, i):
                start, maybe = i, -1
            continue
        kind = _closing_kind(para, i) if i > start + 1 else 0
        if kind == 2:
            pairs.append((start, i))
            start = -1
        elif kind == 1 and maybe < 0:
            maybe = i
        elif para[i] == opening and _opens(para, i) and maybe >= 0:
            pairs.append((start, maybe))  # the possible closer was one: a new quote opens
            start, maybe = i, -1
    if start >= 0:
        pairs.append((start, -1 if runs_on else maybe))
    return pairs


def _doubled(para: str, opening: str, closing: str, runs_on: bool) -> str | None:
    """A paragraph with its quotes' single marks replaced by double ones, apostrophes kept,
    and double marks inside them set aside; None when a double mark stands outside them."""
    inner = [found.start() for found in _DOUBLE.finditer(para)]
    if opening not in para:
        return None if inner else para
    marks = [found.start() for found in _SINGLE[opening].finditer(para)]
    chars = list(para)
    for start, end in _quote_ends(para, marks, opening, runs_on):
        chars[start] = "“"
        if end >= 0:
            chars[end] = "”"
        stop = len(para) if end < 0 else end
        for i in [i for i in inner if start < i < stop]:
            chars[i] = _SET_ASIDE[para[i]]
            inner.remove(i)
    return None if inner else "".join(chars)


def with_inner_marks(text: str) -> str:
    """A quote's text with the double marks set aside inside it put back."""
    return text.translate(_PUT_BACK)


def with_double_marks(paragraphs: Sequence[str]) -> Sequence[str]:
    """The paragraphs with speech in single marks set in double marks, when the article
    quotes in single marks (a British paper; double marks only inside that speech);
    otherwise the same sequence."""
    joined = "\n".join(paragraphs)
    if "‘" not in joined and "'" not in joined:
        return paragraphs
    marks = _marks_of(joined, paragraphs)
    if marks is None:
        return paragraphs
    opening, closing = marks
    following = [para[:1] == opening for para in paragraphs[1:]] + [False]
    doubled: list[str] = []
    for para, runs_on in zip(paragraphs, following, strict=True):
        done = _doubled(para, opening, closing, runs_on)
        if done is None:
            return paragraphs
        doubled.append(done)
    return tuple(doubled)
