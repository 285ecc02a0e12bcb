"""Nicknames the article gives someone ("Quigley, Bernie to everyone in the village, said",
"Bernadette Quigley, known as Bernie,"), so that a later "Bernie said" is that person."""

from __future__ import annotations

import re
from functools import lru_cache

_NAME = r"[A-Z][\w’'\-]+"
# "Quigley, Bernie to everyone in the village,": a name, then a first name "to" the people who
# call them by it; "Bernadette Quigley, known to all as Bernie," and "known as “Bernie”".
_TO = (
    rf",\s+({_NAME})\s+to\s+(?:everyone|everybody|all|friends|(?:his|her|their)"
    r"\s+(?:friends|family|colleagues|players|pupils|students|team)|the\s+[a-z]+)\b[^,.;“”]{0,40},"
)
_AS = rf",\s+(?:known|called)\s+(?:to\s+[a-z ]{{2,30}}\s+)?as\s+[“\"‘]?({_NAME})[”\"’]?,"
_GIVEN = re.compile(rf"\b({_NAME}){_TO}|\b({_NAME}){_AS}")
# The same from the comma on: it opens with a literal comma, so searching for it is far cheaper,
# and every text the full pattern matches, it matches too.
_GIVEN_TAIL = re.compile(f"{_TO}|{_AS}")


@lru_cache(maxsize=8)
def given_nicknames(text: str) -> dict[str, str]:
    """Each nickname the text gives someone, with the name written just before it."""
    found: dict[str, str] = {}
    if not _GIVEN_TAIL.search(text):
        return found
    for match in _GIVEN.finditer(text):
        name, nickname = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if nickname != name:
            found.setdefault(nickname, name)
    return found
