"""Lists of someone's claims: a line ending "Ana Ruiz maintained:" and one claim per line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import SPEECH_VERB

# A line that introduces a list of someone's claims: "In interviews, Ana Ruiz maintained:",
# "… the mayor Ana Ruiz has long and falsely claimed:", "… Ana Ruiz stated flatly:", "… Ana
# Ruiz told supporters:".
_ADVERBS = r"(?:(?:[a-z]+ly|long|also|often|again|even|always)\s+(?:and\s+)?){0,3}"
_LIST_INTRO = re.compile(
    r"(?:^|[.!?,]\s+|\b[a-z]+\s+)((?:[A-Z][\w’'.\-]*\s+){0,3}?[A-Z][\w’'.\-]*|[Hh]e|[Ss]he)\s+"
    rf"(?:ha[sd]\s+|have\s+)?{_ADVERBS}(?:(?:{SPEECH_VERB.pattern})(?:\s+[a-z]+ly)?"
    r"|(?:told|tells)(?:\s+[\w’'\-]+){1,3})\s*:$"
)
_LIST_BACK = 8  # paragraphs looked back over short list items to the line introducing them
_ITEM_WORDS = 45  # words from which a paragraph is prose, no list item
_INTRO_TAIL = 120  # characters read at the end of a line for who introduces the list


def _item(line: str) -> bool:
    """Whether a line is short enough to be one item of a list."""
    return len(line.split(None, _ITEM_WORDS)) <= _ITEM_WORDS


def list_intro(paragraphs: Sequence[str], para: int) -> tuple[int, int, str] | None:
    """(paragraph, offset in it, name or pronoun) of the line ending with "X maintained:" that
    a short line `para` belongs to, over short lines only; None when there is none."""
    if not _item(paragraphs[para]):
        return None
    for number in range(para - 1, max(-1, para - _LIST_BACK), -1):
        line = paragraphs[number].rstrip()
        if line.endswith(":"):
            intro = _LIST_INTRO.search(line, max(0, len(line) - _INTRO_TAIL))
            return (number, intro.start(1), intro.group(1)) if intro else None
        if not _item(line):
            return None
    return None
