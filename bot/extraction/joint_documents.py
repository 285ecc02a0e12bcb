"""Documents an article brings in as issued by several bodies it does not name as one."""

from __future__ import annotations

import re
from functools import lru_cache

# "a joint communiqué issued by the two governments", "a statement signed by both sides".
_JOINTLY = re.compile(
    r"\b(\w+)\s+(?:issued|released|agreed|signed)\s+by\s+(?:the\s+)?(?:two|both)\s"
)


@lru_cache(maxsize=16)
def jointly_issued(text: str) -> frozenset[str]:
    """The document nouns `text` says were issued by two unnamed sides ("communiqué"), found
    once per article."""
    if " by the two " not in text and " by both " not in text:
        return frozenset()
    return frozenset(match.group(1).lower() for match in _JOINTLY.finditer(text))
