"""Speaker errors sorted into the error classes of the speaker issue, counted per split."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from bot.extraction.lexicon import ORG_WORDS
from tests.eval.scoring import ArticleScore

CLASSES = (
    "no_speaker",
    "spurious_speaker",
    "partial_name",
    "title_or_leftover",
    "non_ascii",
    "organisation",
    "group",
    "wrong_person",
)


def _words(name: str) -> list[str]:
    """Casefolded words of a name, possessives and dots dropped."""
    cleaned = name.replace("’s", "").replace("'s", "").replace(".", " ")
    return [w.casefold() for w in cleaned.split()]


def _folded(name: str) -> str:
    """A name with accents stripped, casefolded."""
    nfkd = unicodedata.normalize("NFKD", name)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()


def _organisation(name: str) -> bool:
    """Whether a name holds an organisation word ("Office", "Police", "Institute")."""
    return any(w in ORG_WORDS for w in _words(name))


_GROUP_NOUNS = frozenset(
    "democrats republicans conservatives liberals officials residents members lawmakers "
    "supporters protesters fans players workers voters critics activists leaders".split()
)


def _group(name: str) -> bool:
    """Whether a name reads as a group of people: "Labour MPs", "the Liberal Democrats"."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    plural_initials = len(last) > 2 and last[:-1].isupper() and last.endswith("s")
    return words[0].casefold() == "the" or plural_initials or last.casefold() in _GROUP_NOUNS


def speaker_error_class(expected: str | None, got: str | None) -> str:
    """The class of one wrong speaker: what was expected against what was predicted."""
    if expected is None:
        return "spurious_speaker"
    if got is None:
        return "no_speaker"
    want, have = set(_words(expected)), set(_words(got))
    if have and have < want:
        return "partial_name"
    if want and want < have:
        return "title_or_leftover"
    if not expected.isascii() and set(_words(_folded(got))) & set(_words(_folded(expected))):
        return "non_ascii"
    if _organisation(expected) or _organisation(got):
        return "organisation"
    if _group(got):
        return "group"
    return "wrong_person"


def class_counts(scores: Sequence[ArticleScore]) -> Counter[str]:
    """How many wrong speakers of each class a group of scored articles holds."""
    return Counter(speaker_error_class(e, g) for s in scores for _, e, g in s.wrong_speakers)


def format_counts(counts: Counter[str]) -> str:
    """One line of class counts, in the issue's order, zeros left out."""
    return "  ".join(f"{name} {counts[name]}" for name in CLASSES if counts[name]) or "none"
