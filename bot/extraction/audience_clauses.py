"""A speech verb in a "who" clause on the one spoken to ("X told a contractor who had asked
about the token:"), which is not the verb of the quote after it."""

from __future__ import annotations

import re

# A speech verb in a "who" clause on the one the subject spoke to: "X told a contractor who had
# asked about the token:" (X's words, not the contractor's question).
_AUDIENCE_WHO = re.compile(
    r"\b(?:told|tells|wrote\s+to|writes\s+to|replied\s+to|messaged|texted|emailed|assured|warned)"
    r"\s+[^,;:.“”\"]{1,60}?\bwho\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?$"
)


def asked_by_audience(lead: str, told: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether the verb is in a "who" clause on the one `told` names, with words of its own
    after it ("told a contractor who had asked about the token:"); a bare "who said:" leaves
    the quote to the one told."""
    if not lead[verb.end() :].strip(" ,:;—–-"):
        return False
    return _AUDIENCE_WHO.search(lead, told.start(), verb.start()) is not None
