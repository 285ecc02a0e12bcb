"""Someone described by the tag of a quote and named only in the sentence after it: "“…,” says
the woman behind the counter. Her name is Gwen Tallis, and …" - Gwen Tallis."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    if " is " not in window:
        return None  # the cheap test
    closed = text[max(0, end - 3) : end].rstrip('”’"')[-1:] in (".", "!", "?")
    stop = None if closed else _SENTENCE_END.search(window)  # a quote closing its sentence
    found = _NAMED_NEXT.match(window, stop.end() if stop else 0) if closed or stop else None
    return (found.group(1) or found.group(2)) if found else None
