"""A state's body named by its country's possessive: "Varnesh’s foreign ministry said"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NOT_NAMES
from bot.extraction.lexicons import listed_gender

# "Varnesh’s foreign ministry", "Doravia's defence ministry", "Ostravia’s government".
# "the Castellan presidency": its country's adjective before it.
_STATE_NOUNS = "(?:ministry|government|army|military|navy|embassy|cabinet|presidency|parliament)"
_STATE_BODY = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:[’']s?)?\s+(?:[a-z\-]+\s+){0,2}"
    + _STATE_NOUNS
)


def state_body(phrase: str) -> str | None:
    """The phrase as written, without "the", when it is a country's body by its possessive or
    adjective ("Varnesh’s foreign ministry", "the Castellan presidency"), not someone's ("Ana’s
    team"): no first name or common word owns it."""
    found = _STATE_BODY.fullmatch(phrase)
    if found is None:
        return None
    owner = found.group(1).split()[0]
    if owner.lower() in NOT_NAMES or listed_gender(owner):
        return None
    return phrase[4:] if phrase[:4] in ("the ", "The ") else phrase


# The same from where its country's adjective starts: "Castellan presidency" in "from the …".
_BODY_AT = re.compile(r"([A-Z][\w\-]+)\s+(?:[a-z\-]+\s+){0,2}" + _STATE_NOUNS + r"\b")


def state_body_at(text: str, at: int) -> str | None:
    """A country's body by its adjective starting at `at` ("Castellan presidency"), else None."""
    found = _BODY_AT.match(text, at)
    if found is None or found.group(1).lower() in NOT_NAMES or listed_gender(found.group(1)):
        return None
    return found.group()
