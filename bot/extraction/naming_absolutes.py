"""A name doing the naming in an absolute clause right before the quote: "Shares rose, with
Halden Bank calling the deal “…”", "with Ana Ruiz describing the plan as “…”"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

_REACH = 160  # characters before the quote read for the clause
_NAMING = re.compile(
    rf"\bwith\s+(?:the\s+[a-z\-]+\s+)?([{UPPER}][\w’'.&\-]*(?:\s+[{UPPER}][\w’'.&\-]*){{0,3}})\s+"
    r"(?:calling|describing|labell?ing|branding|dubbing|deeming)\s+"
    r"(?:it|them|him|her|this|that|(?:the|its|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)"
    r"(?:\s+as)?\s*$"
)


def naming_subject(lead: str) -> str | None:
    """The name in "with X calling it" ending the lead, else None."""
    if " with " not in lead[-_REACH:] or "ing " not in lead[-_REACH:]:
        return None
    found = _NAMING.search(lead, max(0, len(lead) - _REACH))
    return found.group(1) if found else None
