"""A standing that stands for a person ("the world number three"): whoever the article named
with it before, else nobody."""

from __future__ import annotations

import re

from bot.extraction.antecedents import SEARCH_BACK
from bot.extraction.names import People

# "the world number three", "the world No 1", "the world No. 12": a ranking, not a role noun.
STANDING = re.compile(r"[Tt]he world (?:number|[Nn]o\.?) ?([a-z]+|\d+)")
_NAME = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}"


def named_with_standing(people: People, role: str, at: int) -> str | None:
    """The person last named with the same standing before `at` ("world number three Ana
    Kovac", "Ana Kovac, the world number three"), else None."""
    found = STANDING.fullmatch(role.strip())
    if found is None:
        return None
    rank = re.escape(found.group(1))
    standing = rf"(?i:world (?:number|No\.?) ?{rank})"
    pattern = re.compile(rf"{standing},? ({_NAME})|({_NAME}), (?:the |a )?{standing}\b")
    matches = list(pattern.finditer(people.text, max(0, at - SEARCH_BACK), at))
    if not matches:
        return None
    name = matches[-1].group(1) or matches[-1].group(2)
    return people.full_name(name, matches[-1].start())
