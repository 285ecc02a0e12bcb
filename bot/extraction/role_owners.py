"""Whether the one found for a role described by a team or place is only that team or place."""

from __future__ import annotations

import re

from bot.extraction.names import People

# The capitalised words describing a role: "the Harwell chairman", "the Kessington Town boss".
_OWNER_WORDS = re.compile(r"(?<=\s)[A-Z][\w’'\-]+")


def only_the_owner(role: str, found: str | None, people: People) -> bool:
    """Whether `found`, for "the Harwell chairman", is the club "Harwell Town" itself: it
    shares a capitalised word with the role and the article gives it no gender."""
    if not found or role[:4].lower() != "the ":
        return False
    words = set(_OWNER_WORDS.findall(role))
    return bool(words & set(found.split())) and people.gender(found) is None
