"""A body's governing people credited for it: "Orvane’s board said", "the fund’s trustees
said" speak for Orvane and for the fund, as "Orvane said" and "the fund said" would."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import UPPER

# Who governs a body and speaks in its name; "owners" or "chairman" may be one named person.
_GOVERNORS = r"board(?: of (?:directors|trustees|governors))?|trustees|directors|governors"
# The body's kind after "the" ("the company’s board"), or its name ("Orvane Biotech’s board").
_OWNER = rf"[Tt]he [a-z]+|[{UPPER}][\w&\-.]*(?: (?:of |and |for )?[{UPPER}][\w&\-.]*){{0,5}}"
_GOVERNED = re.compile(
    rf"({_OWNER})[’']s (?:{_GOVERNORS})|(?:[Tt]he )?(?:{_GOVERNORS}) of (?:the )?({_OWNER})"
)
_CUES = ("board", "trustees", "directors", "governors")


def governed_body(phrase: str, gender: Callable[[str], str | None]) -> str | None:
    """The body whose board, trustees or directors a phrase names ("Orvane’s board" ->
    "Orvane", "the company’s board" -> "the company", "the board of the Orvane Trust"), else None; a
    person's directors (a name `gender` knows) are no body's."""
    if not any(cue in phrase for cue in _CUES):
        return None
    found = _GOVERNED.fullmatch(phrase.strip())
    owner = (found.group(1) or found.group(2)) if found else None
    return owner if owner and (owner[:4] in ("the ", "The ") or not gender(owner)) else None


def governed_opening(text: str, gender: Callable[[str], str | None]) -> str | None:
    """The named body whose board, trustees or directors open a sentence as its subject ("The
    trustees of the Hallam Trust wrote …": Hallam Trust), else None."""
    found = _GOVERNED.match(text) if any(cue in text[:30] for cue in _CUES) else None
    if found is None or not (owner := found.group(1) or found.group(2)):
        return None
    verb = text[found.end() : found.end() + 2]  # " a…": a verb after the subject
    if owner[:4] in ("the ", "The ") or verb[:1] != " " or not verb[1:].islower():
        return None  # "the company’s board": which company is for the caller to find
    return None if gender(owner) else owner
