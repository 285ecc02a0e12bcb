"""What "it" means right after a body said something without a quote: that body."""

from __future__ import annotations

import re
from bisect import bisect_left

# "Meteoval said", "Meteoval, the weather service, said", "Meteoval disputed that": a verb of
# saying or answering right after the name.
_SAID_AFTER = re.compile(
    r"(?:,[^,.“”\n]{1,60},)?,?\s+(?:said|says|reported|announced|disputed|disagreed|denied"
    r"|rejected|responded|replied|countered|insisted|objected|contested)\b"
)
_REACH = 400  # how far back the body may be named: this sentence or the one before


def body_said_before(text: str, mentions: list[tuple[int, str]], at: int) -> str | None:
    """The body named last before `at` when it said something in this sentence or the one
    before, with no quote between ("The service, Meteoval, said. … it warned of “…”")."""
    index = bisect_left(mentions, (at, ""))
    if not index:
        return None
    pos, name = mentions[index - 1]
    if pos < at - _REACH or not text.startswith(name, pos):
        return None
    between = text[pos:at]
    if "\n" in between or "“" in between or '"' in between or between.count(". ") > 1:
        return None
    return name if _SAID_AFTER.match(text, pos + len(name)) else None
