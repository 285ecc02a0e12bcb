"""Who reported what a sentence says "reportedly": the source after the last "according to"
before it ("according to The Harbour Times"), else whoever issued the report mentioned."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import KIND_OF
from bot.extraction.documents import REACH, issuer, mentions_in
from bot.extraction.lexicon import UPPER
from bot.extraction.sentence_bounds import sentence_at

# A source a claim is credited to: "according to Reuters", "according to The Harbour Times".
# The name keeps to its line and its sentence: a stop only after an initial ("U.S. Army").
_WORD_OF_NAME = rf"[{UPPER}](?:[\w’'&\-]|(?<=\b[A-Z])\.)*"
_ACCORDING = re.compile(
    rf"\b[Aa]ccording to (?:the )?({_WORD_OF_NAME}(?: (?:(?:of|for|and|on|the) )*{_WORD_OF_NAME})*)"
)


def reporter(text: str, at: int) -> str | None:
    """Who reported what the sentence at `at` says "reportedly": the source named after the
    last "according to" before it, unless a report mentioned later names its author."""
    here, _ = sentence_at(text, at)
    reach = max(0, here - REACH)
    found = text.rfind("ccording to ", reach, here)  # a literal test before the pattern
    source = _ACCORDING.match(text, found - 1) if found > reach else None
    later = mentions_in(text, found, here) if source else []
    if source is None or any(KIND_OF[m.group(1).lower()] == KIND_OF["report"] for m in later):
        return issuer(text, at, "report")
    return source.group(1)
