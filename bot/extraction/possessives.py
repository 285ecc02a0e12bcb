"""Possessives inside capitalised runs: part of a group's name, or an owner before a person."""

from __future__ import annotations

from bot.extraction.lexicons import common_words, listed_gender, occupations

_GROUPS = frozenset(("children", "women", "men", "people", "workers"))
_CLAUSE_OPENERS = frozenset("but and yet so then meanwhile later".split())


def names_group(word: str, rest: str) -> bool:
    """Whether a possessive and the capitalised words after it make one name, a group's
    ("Children’s Health Defense"), not a group then a person ("Actors’ Equity Marta Keel")."""
    return bool(rest) and _group_possessive(word) and past_owned(rest) == rest


def _group_possessive(word: str) -> bool:
    """A plural common noun owning the words after it inside a name: "Children’s Health
    Defense", "Actors’ Equity", "Farmers’ Union", not a person's "Evans’"."""
    lower = word.lower().replace("'", "’")
    if lower.endswith("’s"):
        return lower[:-2] in _GROUPS
    if not lower.endswith("s’"):
        return False
    single = lower[:-2]
    return (
        single in common_words()
        or single in occupations()
        or (single.endswith(("er", "or", "ist", "ian")) and listed_gender(word[:-2]) is None)
    )


def past_owned(piece: str) -> str:
    """A run after a possessive without the word it owns, when a full name with a listed first
    name follows that word ("Equity Marta Keel" after "Actors’" -> "Marta Keel")."""
    words = piece.split()
    if len(words) >= 3 and listed_gender(words[1]) and not listed_gender(words[0]):
        return piece[len(words[0]) :].lstrip()
    return piece


def opens_clause(before: list[str], text_start: bool) -> bool:
    """Whether the words before a possessive leave it opening a clause: nothing, the end of a
    sentence or a joining word ("But Ashe’s …"), not a verb or preposition ("told Ashe’s …")."""
    if not before:
        return text_start
    last = before[-1]
    return last[-1] in '.!?”"' or last.lower() in _CLAUSE_OPENERS
