"""A tabloid lede's name set in capitals ("JADE MONROE has opened up …") and a transcript's
speaker label in capitals ("ANN LEE, NURSE: “…”"), read in ordinary case so that they are a
person's name and not a row of acronyms."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction.lexicon import TITLES, UPPER
from bot.extraction.lexicons import common_words, is_family_name, listed_gender

# Two to four words in capitals opening the lede, then a word in lower case.
_CAPITALS_OPENING = re.compile(
    rf"((?:[{UPPER}][{UPPER}’'\-]+ ){{1,3}}[{UPPER}][{UPPER}’'\-]+)(?= [a-z])"
)

_CAPS = rf"[{UPPER}][{UPPER}’'\-]+"
# A paragraph opening with a label in capitals before a quote: a name of two to four words, a
# title before it and a role after a comma allowed ("TOM ODE: “", "DR. ANN LEE, CHIEF NURSE: “");
# a label before a telling of what others said ("TOM ODE: The manager said “…”") is left be.
_CAPITALS_LABEL = re.compile(
    rf"((?:{_CAPS}\.? )?(?:{_CAPS} ){{1,3}}{_CAPS})(,(?: {_CAPS}){{1,4}})?:\s+(?=[“\"])"
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


def _cased_label(para: str) -> str:
    """A paragraph with its speaker label in capitals written in ordinary case, the name
    capitalised and a role in lower case ("ANN LEE, NURSE:" -> "Ann Lee, nurse:"), when the
    name starts with a listed first name; else the paragraph as it was."""
    match = _CAPITALS_LABEL.match(para) if para[1:2].isupper() and ":" in para else None
    if match is None:
        return para
    words = match.group(1).split(" ")
    titled = words[0].rstrip(".").lower() in TITLES and len(words) > 2
    given = 1 if titled else 0
    if not listed_gender(words[given]) or any(
        word.lower() in common_words() and not is_family_name(word.capitalize())
        for word in words[given + 1 :]
    ):
        return para  # "BREAKING NEWS:", "JUNE UPDATE:": no name
    role = (match.group(2) or "").lower()
    cased = " ".join(_ordinary_case(word) for word in words)
    return cased + role + para[match.end(2) if match.group(2) else match.end(1) :]


def with_labels_cased(paragraphs: Sequence[str]) -> Sequence[str]:
    """The paragraphs, each speaker label in capitals written in ordinary case (the same
    length, so every position stays where it was)."""
    if not any(para[1:2].isupper() and ":" in para for para in paragraphs):
        return paragraphs  # a label ends with a colon: most articles have none
    return tuple(_cased_label(para) for para in paragraphs)
