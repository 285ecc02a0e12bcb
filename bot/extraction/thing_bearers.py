"""A thing bearing words brought in by a phrase opening the clause, and after its comma the body
or person who put the words there: "In a notice on its website, the council warned:"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_NOUNS
from bot.extraction.lexicons import is_person_noun

# "In a notice", "on a leaflet pushed through every door", "Through a sign": the thing's place.
_IN_THING = re.compile(r"\b(?:in|on|through|via)\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+$", re.IGNORECASE)
# The subject closing the words after the thing: ", the council", ", it", ", she".
_SUBJECT_AFTER = re.compile(r",\s+(?:the\s+([a-z]+)|(it|they|he|she))\s*$")


def borne_by_subject(before: str, gap: str) -> bool:
    """Whether a thing follows a preposition (`before` ends with the thing's noun) and the
    words between it and its verb (`gap`) end in a body or person bearing it (", the council")."""
    if _IN_THING.search(before[-60:]) is None:
        return False
    subject = _SUBJECT_AFTER.search(gap)
    if subject is None:
        return False
    noun = subject.group(1)
    return noun is None or noun in ORG_NOUNS or is_person_noun(noun)
