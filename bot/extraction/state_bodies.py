"""A state's body named by its country's possessive: "Varnesh’s foreign ministry said"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NOT_NAMES
from bot.extraction.lexicons import listed_gender

# "Varnesh’s foreign ministry", "Doravia's defence ministry", "Ostravia’s government".
_STATE_BODY = re.compile(
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s?\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:ministry|government|army|military|navy|embassy|cabinet|presidency|parliament)"
)


def state_body(phrase: str) -> str | None:
    """The phrase as written when it is a country's body by its possessive ("Varnesh’s foreign
    ministry"), not someone's ("Ana’s team"): no first name or common word owns it."""
    found = _STATE_BODY.fullmatch(phrase)
    if found is None:
        return None
    owner = found.group(1).split()[0]
    if owner.lower() in NOT_NAMES or listed_gender(owner):
        return None
    return phrase
