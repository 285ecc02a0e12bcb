"""A sentence opened by someone's kin right before a quote ("Her mother had gone back to the
ovens. “…,” she called."): the "she" or "he" is the kin's when the kin word has its gender."""

from __future__ import annotations

import re

from bot.extraction.persons import first_name_gender
from bot.extraction.role_names import RoleNames
from bot.extraction.title_genders import role_gender

_BACK = 200  # characters read back from the quote for the sentence before it
_KIN_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n)(Her|His) ((?:grand)?(?:mother|father)|sister|brother|daughter|son|wife"
    r"|husband|aunt|uncle|mum|dad|mom)\b([^.!?\n“”\"]*)[.!?]\s*$"
)
_AGAIN = {
    "f": re.compile(r"\b(?:she|her|hers|herself)\b"),
    "m": re.compile(r"\b(?:he|him|his|himself)\b"),
}


def kin_speaker(resolver: RoleNames, at: int, gender: str) -> str | None:
    """The kin opening the sentence right before the quote at `at`, when the kin word is of
    `gender` and the sentence names its owner no more: named so ("her husband, Kwame,"), else
    the one other person of the owner's surname and that gender; else None."""
    people = resolver.people
    text = people.text
    lo = max(0, at - _BACK)
    found = _KIN_SENTENCE.search(text[lo:at].rstrip(' “"'))
    if found is None or role_gender(found.group(2)) != gender:
        return None
    owner = "f" if found.group(1) == "Her" else "m"
    if _AGAIN[owner].search(found.group(3)):
        return None  # "Her mother taught her …": the sentence is still about the owner
    named = resolver.kin_named(f"{found.group(1).lower()} {found.group(2)}", at)
    if named:
        return named
    whose = resolver.person_before(lo + found.start(1), owner)
    if not whose or " " not in whose:
        return None
    surname = whose.rpartition(" ")[2]
    others = {
        full
        for full in people.bearers(surname)
        if full != whose and first_name_gender(full) == gender
    }
    return others.pop() if len(others) == 1 else None
