"""A document read out after a quote ("“…,” the order reads.", "the filing reads"): the one
who issued it speaks, where "the bill reads" or "the sign reads" speak for no one named."""

from __future__ import annotations

import re

from bot.extraction.documents import DOCUMENT
from bot.extraction.frames import LEGAL_PAPER

# "…,” the order reads", "…,” the new filing read in part".
_READ_TAIL = re.compile(
    r"[\s,]*((?:the|this|that|its|their)\s+(?:[a-z\-]+\s+){0,2}[a-z]+)\s+reads?\b"
)


def document_read(tail: str) -> str | None:
    """The document ("the order") a tail says reads the quote, else None."""
    match = _READ_TAIL.match(tail)
    if match is None:
        return None
    phrase = match.group(1)
    return phrase if DOCUMENT.fullmatch(phrase) or LEGAL_PAPER.fullmatch(phrase) else None
