"""Clauses before a quote's verb that change whose words they are: a role brought in by
"with" before a participle ("…, with the judge telling him he had “…”" is the judge's), and
hearsay ("the labels are said to fear “…”" is no one's words)."""

from __future__ import annotations

import re

from bot.extraction.cues import is_role
from bot.extraction.lexicon import SPEECH_VERB

_HEARSAY = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?said\s+to\b")
# ", with the judge ", ", with the trial judge " ending the words before the participle.
_WITH_ROLE = re.compile(r",?\s+with\s+(the\s+(?:[a-z\-]+\s+)?([a-z\-]+))\s*$")


def with_role(phrase: str) -> str | None:
    """The role ("the judge") a phrase ends with after "with", else None."""
    if " with the " not in phrase[-60:]:
        return None
    found = _WITH_ROLE.search(phrase, max(0, len(phrase) - 60))
    return found.group(1) if found and is_role(found.group(2)) else None


def hearsay(lead: str) -> bool:
    """Whether a lead says "are said to" of what was reported, not of speech ("is said to have
    told staff:" is the subject's words)."""
    match = _HEARSAY.search(lead)
    return match is not None and SPEECH_VERB.search(lead, match.end()) is None
