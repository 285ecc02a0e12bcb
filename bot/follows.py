"""The follow prefilter: each followed phrase is filed under its rarest word.

An article is then tested only against the follows filed under one of its own words, instead
of against every follow. A storage engine may file words in its own normal form (SQLite
files porter stems, so "studies" and "study" meet); the choice of word is made here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
# The most frequent English words: a follow is never filed under one of these if it has another.
COMMON = frozenset(
    "a about after all also an and any are as at be been but by can could did do for from"
    " had has have he her his if in into is it its just more most new no not of on one or"
    " other our out over said says she so some than that the their them then there these"
    " they this to up was we were what when which who will with would year years you".split()
)


def fold(text: str) -> str:
    """Lower-case with accents removed: 'Zürich' and 'zurich' are one word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def key_word(phrase: str) -> str:
    """The word a followed phrase is filed under: its rarest by a cheap estimate (not a
    common word, then the longest, which in news text is nearly always the rarer)."""
    found = words(phrase) or [fold(phrase)]
    return min(found, key=lambda w: (w in COMMON, -len(w), w))


def article_words(texts: Iterable[str]) -> set[str]:
    """Every word of an article, folded: the keys it can match."""
    found: set[str] = set()
    for text in texts:
        found.update(words(text))
    return found
