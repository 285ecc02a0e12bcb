"""The accuser of a clause a quote finishes ("…, when the mayor accused them of “…”")."""

from __future__ import annotations

import re

# A name or a noun phrase with its determiner opening a clause, then "accused" someone "of":
# "when the council's leader accused them of", "and Mayor Ann Lee accused the board of".
_ACCUSER = re.compile(
    r"(?:^|[.!?;]\s+|,\s+|\b(?:when|and|as|after|while|before|because|but|until|since)\s+)"
    r"((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w’'\-]+\s+){0,3}[\w’'\-]+"
    r"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"
    r"\s+(?:also\s+|then\s+|later\s+|openly\s+)?(?:accused|accuses)\s+(?!by\b)[^,;:.“”\"]{1,40}?"
    r"\s+of\s*$"
)


def accuser(lead: str) -> str | None:
    """Who accuses someone in the clause a lead ends with ("the mayor" of "…, when the mayor
    accused them of"), else None."""
    if "accuse" not in lead[-120:]:
        return None
    found = _ACCUSER.search(lead[-160:])
    return found.group(1) if found else None
