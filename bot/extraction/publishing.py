"""A one-word name the article writes as the subject of a verb of publishing ("Science wrote"):
the title of a publication."""

from __future__ import annotations

import re

# Verbs of publishing: a bare capitalised word before one is a title ("Science wrote").
_PUBLISHES = re.compile(r"\s+(?:wrote|writes|reported|reports|noted|notes)\b")
_NAME_CHAR = re.compile(r"[\w’']")


def publishes(text: str, name: str) -> bool:
    """Whether a one-word name is somewhere the subject of a verb of publishing ("Biography
    reports", "Science wrote"): the title of a publication, even when it opens every sentence.
    The name is found by plain search, so that no pattern is built for each name."""
    at, size = text.find(name), len(name)
    while at >= 0:
        if not (at and _NAME_CHAR.match(text, at - 1)) and _PUBLISHES.match(text, at + size):
            return True
        at = text.find(name, at + 1)
    return False
