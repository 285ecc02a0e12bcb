"""A name between "the" and a kind of place ("the Gull Point ward") names the place: no one."""

from __future__ import annotations

import re

# Nouns for an area a name before them is the name of: wards, seats and other divisions, and
# places people live or work in ("the Marsh End estate", "the Ashby Road depot").
_PLACE_NOUNS = frozenset(
    "ward wards constituency constituencies district districts borough boroughs parish parishes"
    " county counties precinct precincts riding ridings division electorate seat suburb suburbs"
    " neighbourhood neighborhood estate estates area region valley peninsula headland"
    " depot site campus quarter township municipality".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def names_a_place(text: str, begin: int, end: int) -> bool:
    """Whether a name set between "the" and a kind of place names that place ("who represents
    the Gull Point ward", "homes on the Marsh End estate")."""
    if not text.endswith("the ", max(0, begin - 4), begin):
        return False
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1) in _PLACE_NOUNS
