"""Firms named with a spaced "&" ("Halloway & Crane", "Briggs & Tolland LLP"): the mark held
inside one word while names are read, so the name reads whole, and given back where shown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import LEGAL_FORMS, ORG_WORDS, UPPER
from bot.extraction.lexicons import common_words
from bot.extraction.persons import first_name_gender

JOINER = "_&_"  # a word character either side keeps the name one word, and its length
_SPACED = re.compile(
    rf"(?<![\w’'.\-&+])((?:[{UPPER}][\w’'.\-]*[ ])*[{UPPER}][\w’'.\-]*) & "
    rf"([{UPPER}][\w’'\-]*)((?:[ ][{UPPER}][\w’'.\-]*)*)"
)
# Words that end a firm's name after "&": its legal form or its trade ("& Sons", "& Co.").
_TRADE_ENDS = ORG_WORDS | frozenset(
    "co llp lp sons brothers bros associates partners architects solicitors lawyers".split()
)


def _firm(left: str, right: str, tail: str) -> bool:
    """Whether "left & right tail" names one firm rather than people ("Harry & Meghan",
    "Tom & Ann Lee"): a legal form or trade word ends it, or two single words that are not
    both given names (one name twice is a firm: "Hollis & Hollis")."""
    last = (tail or right).rsplit(" ", 1)[-1]
    if last.rstrip(".").lower() in _TRADE_ENDS or last in LEGAL_FORMS:
        return True
    words = left.split(" ")
    if tail or any(w.lower() not in common_words() and w != "The" for w in words[:-1]):
        return False  # "Ann Lee & Tom", "Tom & Ann Lee": people named in full
    first = words[-1]
    if first.isupper() or right.isupper() or len(first) < 2 or len(right) < 2:
        return False  # "Q & A", "R & D": letters, not names
    return first == right or not (first_name_gender(first) and first_name_gender(right))


def _joined(match: re.Match[str]) -> str:
    left, right, tail = match.groups()
    glue = JOINER if _firm(left, right, tail.strip()) else " & "
    return f"{left}{glue}{right}{tail}"


def with_firms_joined(paragraphs: Sequence[str]) -> Sequence[str]:
    """Paragraphs with the "&" of each firm's name held inside one word."""
    if not any("&" in para and " & " in para for para in paragraphs):
        return paragraphs  # a one-character search rules out nearly every paragraph quicker
    return [_SPACED.sub(_joined, para) if " & " in para else para for para in paragraphs]


def as_written(text: str) -> str:
    """Text with each held "&" given back its spaces."""
    return text.replace(JOINER, " & ") if JOINER in text else text
