"""Words put on a thing in the sentence before "“…,” it reads." ("A line has been painted
above the door in gold leaf."): an inscription, nobody's words."""

from __future__ import annotations

import re

from bot.extraction.it_reads import reads_back

# "has been painted", "was carved", "were stencilled": words made on a surface, by no one named.
_INSCRIBED = re.compile(
    r"\b(?:been|was|were|is|are)\s+(?:[a-z]+ly\s+)?(?:painted|carved|etched|engraved|stencilled"
    r"|stenciled|chalked|scrawled|sprayed|daubed|inscribed|embroidered|stitched|lettered"
    r"|burned|burnt|cut|picked\s+out|spelled\s+out|spelt\s+out)\b"
)
_BACK = 300  # characters read back for the sentence before the quote


def inscribed_before(tail: str, lead: str, before: str) -> bool:
    """Whether a quote opening its sentence with the tail "it reads" follows a sentence that
    puts words on a thing in the passive ("A line has been carved above the door.")."""
    if lead.strip() or not reads_back(tail):
        return False
    recent = before.rstrip(' “"')[-_BACK:]
    cut = max(recent.rfind(". ", 0, len(recent) - 2), recent.rfind("\n"))
    return _INSCRIBED.search(recent, cut + 1) is not None
