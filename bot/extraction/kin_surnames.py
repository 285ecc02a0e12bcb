"""A titled surname ("Mr Pedley") whose only bearer named in full is of the other gender: the
relative brought in by first name beside them ("Kerry-Ann Pedley and husband Dwayne")."""

from __future__ import annotations

import re

from bot.extraction.names import People
from bot.extraction.persons import first_name_gender

_KIN_GENDERS = {
    "husband": "m",
    "son": "m",
    "brother": "m",
    "father": "m",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "mother": "f",
}
# "and husband Dwayne,", "her husband, Dwayne,", "their son Kyle": a first name alone after kin.
_KIN_FIRST = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|and)\s+(husband|wife|son|daughter|brother|sister|father|mother"
    r"|partner),?\s+([A-Z][a-z’'\-]+)\b(?![’'\-]|\s+[A-Z])"
)


def kin_of_surname(people: People, surname: str, at: int, gender: str) -> str | None:
    """ "Dwayne Pedley" for "Mr Pedley" when the one named in full with the surname is a woman
    and a man was brought in before `at` by kin and first name only; else None."""
    full = people.full_name(surname, at)
    if not full.endswith(" " + surname) or people.gender(full) in (None, gender):
        return None
    found = None
    for match in _KIN_FIRST.finditer(people.text, 0, at):
        kin, first = match.group(1), match.group(2)
        if (_KIN_GENDERS.get(kin) or first_name_gender(first)) == gender:
            found = first
    return f"{found} {surname}" if found else None
