"""A surname written once with a slip ("Bregman said" after "historian Rutger Brennan"): the
one person named in full whose surname differs from it by a letter or two."""

from __future__ import annotations

from collections.abc import Callable, Iterable

_SHORTEST = 5  # letters a surname needs before a slip in it is told from another name


def _distance(a: str, b: str) -> int:
    """Letters changed, added or dropped to turn `a` into `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        last, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            last, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, last + (x != y))
    return row[-1]


def slipped_surname(name: str, fulls: Iterable[str], is_org: Callable[[str], bool]) -> str | None:
    """The one full name among `fulls` whose surname `name` misspells: the same first two
    letters, one letter off (two in a name of seven or more); None when none or several are."""
    if len(name) < _SHORTEST or not name.isalpha() or not name.istitle():
        return None
    limit = 1 if len(name) < 7 else 2
    found = set()
    for full in fulls:
        last = full.rpartition(" ")[2]
        if last[:2] != name[:2] or last == name or abs(len(last) - len(name)) > limit:
            continue
        if _distance(last, name) <= limit and not is_org(full):
            found.add(full)
    return found.pop() if len(found) == 1 else None
