"""A speech verb in the infinitive after a subject set off by commas: "Ann Lee, a baker, had
only one thing to say:", "The mayor, Ana Ruiz, was quick to add:" - the subject speaks."""

from __future__ import annotations

import re

# A finite verb opening the clause after the appositive, then a few words and "to": the
# infinitive has no subject of its own, so the one before the commas is the speaker's.
_AFTER_COMMA = re.compile(
    r"(?:,|\bwho)\s+(?:had|has|have|was|is|were|are|went\s+on|goes\s+on|wanted|wants|needed|needs"
    r"|hastened|hurried|rushed|paused|stopped|chose|tried|managed|began|continued|seemed"
    r"|appeared|preferred|rose|stood\s+up|took\s+(?:care|pains|time)|made\s+a\s+point)"
    r"(?:\s+[a-z][\w’'\-]*){0,5}?\s+to\s*$"
)


def infinitive_cut(before: str) -> int | None:
    """Where the appositive before "…, had this to (say)" ends (after its comma), or the
    "who" of "…, who was quick to (say)" does (after a space), else None."""
    if not before.endswith(" to ") or ("," not in before and " who " not in before):
        return None  # the cheap test
    match = _AFTER_COMMA.search(before, max(0, len(before) - 80))
    if match is None:
        return None
    return match.start() + (1 if before[match.start()] == "," else 4)
