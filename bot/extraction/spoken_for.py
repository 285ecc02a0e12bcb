"""Whom an unnamed person speaks for ("A spokesman for Mayor Owen Price"), and the genders
"he" and "she" give."""

from __future__ import annotations

import re

PRONOUN_GENDERS = {"he": "m", "she": "f"}

# Whom an unnamed person speaks for, after them: "(A spokesman) for Mayor Owen Price",
# "(An aide) to Owen Price", "(A source) close to the Lloyd family".
_SPOKEN_FOR = re.compile(
    r"\s+(?:for|to|of|close\s+to|from|at)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*(?:\s+|$)){1,6}"
)


def spoken_for_end(text: str, at: int) -> int:
    """Where the words about whom an unnamed person speaks for end, from `at` on."""
    found = _SPOKEN_FOR.match(text, at)
    return found.end() if found else at
