"""Given names that are also common words ("Per", "Peace", "Lucky"), kept before a surname."""

from functools import cache
from pathlib import Path

from bot.extraction.lexicons import common_words, is_place, listed_gender

_DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _word_given_names() -> frozenset[str]:
    return _lines("word_given_names.txt")


@cache
def _surnames() -> frozenset[str]:
    return _lines("surnames.txt")


def word_given(words: list[str]) -> bool:
    """Whether two capitalised words are a given name that is also a common word and a listed
    surname ("Per Lindqvist", "Peace Okafor"), not an opener before a name ("Among Walsh")."""
    if len(words) != 2 or words[0] not in _word_given_names():
        return False  # the cheap test: almost every run fails here
    surname = words[1].rstrip(".,;:")
    for ending in ("’s", "'s"):
        surname = surname.removesuffix(ending)
    if surname.lower() in common_words() or listed_gender(surname) or is_place(surname):
        return False
    return surname in _surnames()
