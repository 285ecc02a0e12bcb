"""The source after "according to": a named author, or, when the document's issuer is named
only in lower case ("a readout published by the presidential press service"), the subject of
the clause after it who did what the quote finishes ("…, the president dismissed X “for …”")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.document_authors import author_of

# The subject opening the clause after the source: "the president also dismissed", "Ann Ode
# told", with a past-tense verb.
_MAIN_SUBJECT = re.compile(
    r"\s*((?:the|The)\s+[a-z\-]+|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"
    r"\s+(?:(?:also|later|then|[a-z]+ly)\s+)?[a-z]{3,}ed\b"
)


def according_source(rest: str, after_verb: Callable[[str], str]) -> str | None:
    """The speaker phrase of what follows "according to" (`rest`)."""
    whole, comma, clause = rest.partition(",")
    author = author_of(whole.strip())
    if author and author.islower() and comma:  # an issuer the article does not name
        subject = _MAIN_SUBJECT.match(clause)
        if subject:
            return subject.group(1)
    return whole.strip() if author else after_verb(rest).strip(" ,") or None
