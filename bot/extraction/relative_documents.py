"""A document its issuer brings in, then the subject of a clause of "that" or "which" carrying
the quote: "The X Board published a notice that described the rise as “…”" reads the notice,
whose issuer (the subject of the sentence) speaks."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS

_RELATIVE = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}({NOUNS})\s+(?:that|which)\s+"
    r"(?:also\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b(?:[^.!?“”]|“[^“”]*”)*$"
)


def relative_document(recent: str) -> str | None:
    """The document ("the notice") that is the subject of the clause of "that" or "which" a
    lead ends in before its quote, else None."""
    if " that " not in recent and " which " not in recent:
        return None
    found = _RELATIVE.search(recent)
    return f"the {found.group(1)}" if found else None
