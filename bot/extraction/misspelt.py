"""A surname written once with a slip ("Bregman said" after "historian Rutger Brennan"): the
one person named in full whose surname differs from it by a letter or two."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_SHORTEST = 5  # letters a surname needs before a slip in it is told from another name
# A word as a name's run reads it; a name keeps it whole or drops "’s", "’" or "." from its end.
WORD = re.compile(r"[\w\u0300-\u036f’'.\-&+]*")


def _distance(a: str, b: str) -> int:
    """Letters changed, added or dropped to turn `a` into `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        last, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            last, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, last + (x != y))
    return row[-1]


def _slip_limit(name: str) -> int:
    """Letters a slip may change in a surname: one, or two in a name of seven or more."""
    return 1 if len(name) < 7 else 2


def may_slip(name: str) -> Callable[[str], bool]:
    """Whether a word written in the text may, as the last word of a full name, be what the
    surname `name` misspells (`slipped_surname` looks at the names of no other words)."""
    limit = _slip_limit(name)
    low, high = len(name) - limit, len(name) + limit

    def near(word: str) -> bool:
        if not low <= len(word) <= high + 2:
            return False  # no form of it is as long as a slip
        forms = [word]
        if word[-1:] in ("’", "'", "."):
            forms.append(word[:-1])
        if word[-2:] in ("’s", "'s"):
            forms.append(word[:-2])
        for form in forms:
            if form != name and low <= len(form) <= high and _distance(form, name) <= limit:
                return True
        return False

    return near


def may_be_slipped(name: str) -> bool:
    """Whether a surname is long enough, and written as a name is, to be a slip for another."""
    return len(name) >= _SHORTEST and name.isalpha() and name.istitle()


def slipped_surname(name: str, fulls: Iterable[str], is_org: Callable[[str], bool]) -> str | None:
    """The one full name among `fulls` whose surname `name` misspells: the same first two
    letters, one letter off (two in a name of seven or more); None when none or several are."""
    if not may_be_slipped(name):
        return None
    limit = _slip_limit(name)
    found = set()
    for full in fulls:
        last = full.rpartition(" ")[2]
        if last[:2] != name[:2] or last == name or abs(len(last) - len(name)) > limit:
            continue
        if _distance(last, name) <= limit and not is_org(full):
            found.add(full)
    return found.pop() if len(found) == 1 else None
