"""A thing no one is named as writing, read out before its quote: "A note taped inside the lift
read simply:", "a sign read:"; not "A note from Kwabena Asante read:", which is his."""

from __future__ import annotations

import re

from bot.extraction import cues
from bot.extraction.inscribed import inscribed_lead
from bot.extraction.recited import recited_together
from bot.extraction.relative_documents import sent_opening

# An adverb between "read" and the colon: "… read simply:", "… reads, defiantly:".
_READ_ADVERB = re.compile(
    r"\b(read|reads|showed|shows),?\s+(?:simply|only|just|[a-z]{3,}ly)(:?\s*)$"
)
# A writer named after "from" or "by": "A note from Kwabena Asante", "a banner by the Tarrow Group".
_FROM_NAMED = re.compile(r"\b(?:from|by)\s+(?:the\s+)?[A-Z]")


def unnamed_thing_lead(lead: str) -> bool:
    """Whether a lead ends in a thing read out that no one is named as writing, or in words a
    group recites together ("we recited every Monday:")."""
    if recited_together(lead):
        return True
    end = lead[-40:]  # only the lead's end is read, and only if it writes one of the verbs
    plain = lead[:-40] + _READ_ADVERB.sub(r"\1\2", end) if "read" in end or "show" in end else lead
    if not (cues.unnamed_lead(plain) or inscribed_lead(lead)):
        return False
    return not (_FROM_NAMED.search(plain[-160:]) or sent_opening(plain[-300:]))  # "X sent"
