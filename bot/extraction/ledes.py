"""A tabloid lede's name set in capitals ("JADE MONROE has opened up …"), read in ordinary
case so that it is a person's name and not a row of acronyms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import UPPER
from bot.extraction.lexicons import listed_gender

# Two to four words in capitals opening the lede, then a word in lower case.
_CAPITALS_OPENING = re.compile(
    rf"((?:[{UPPER}][{UPPER}’'\-]+ ){{1,3}}[{UPPER}][{UPPER}’'\-]+)(?= [a-z])"
)


def _ordinary_case(word: str) -> str:
    """ "MONROE" -> "Monroe", "O'NEILL" -> "O'Neill", "LEE-HUGHES" -> "Lee-Hughes",
    "MONROE’S" -> "Monroe’s"."""
    parts = []
    for part in word.split("-"):
        if part[1:2] in ("'", "’"):
            parts.append(part[:2] + part[2:].capitalize())  # "O'Neill", "D’Arcy"
        else:
            parts.append(part.capitalize())
    return "-".join(parts)


def with_lede_name_cased(paragraphs: Sequence[str]) -> Sequence[str]:
    """The paragraphs, the first one's name in capitals written in ordinary case when it starts
    with a listed first name ("JADE MONROE has" -> "Jade Monroe has"); the same length, so every
    position stays where it was."""
    if not paragraphs:
        return paragraphs
    match = _CAPITALS_OPENING.match(paragraphs[0])
    if match is None or not listed_gender(match.group(1).split(" ", 1)[0]):
        return paragraphs
    cased = " ".join(_ordinary_case(word) for word in match.group(1).split(" "))
    return (cased + paragraphs[0][match.end() :], *paragraphs[1:])
