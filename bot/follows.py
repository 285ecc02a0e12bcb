"""The follow prefilter: each followed phrase is filed under one key from its rarest word.

An article is then tested only against the follows whose key occurs in it, instead of
against every follow. Keys are short word prefixes so that a stemming search index (SQLite's
porter stemmer) and this prefilter agree: "studies" and "study" share the key "stud".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
MIN_KEY = 2
MAX_KEY = 4
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


def word_key(word: str) -> str:
    """The prefix a word is filed under; every inflection of it shares that prefix."""
    size = MAX_KEY if len(word) >= MAX_KEY + 2 else max(MIN_KEY, len(word) - 2)
    return word[:size]


def follow_key(phrase: str) -> str:
    """The key of a followed phrase: from its rarest word (not a common one, the longest)."""
    found = words(phrase) or [phrase]
    rarest = min(found, key=lambda w: (w in COMMON, -len(w), w))
    return word_key(rarest)


def article_keys(texts: Iterable[str]) -> set[str]:
    """Every key an article can match: each prefix length a key can have, of every word."""
    keys: set[str] = set()
    for text in texts:
        for word in set(words(text)):
            keys.update(word[:size] for size in range(1, min(MAX_KEY, len(word)) + 1))
    return keys
