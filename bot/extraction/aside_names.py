"""A name inside an aside about someone named before it: "Tom Ode, organiser for the union
Unite, said …" (the verb after the aside is Tom Ode's, not Unite's)."""

from __future__ import annotations

import re

# A name, its comma, and an aside of a role for a body up to the name in question: "Tom Ode,
# regional organiser for the health workers' union ", "Ann Lee, an adviser at the charity ".
_ASIDE_OPEN = re.compile(
    r"[A-Z][\w’'\-]+,\s+(?:an?\s+|the\s+)?(?:[a-z][\w’'\-]*\s+){0,5}?"
    r"(?:for|at|with|of|from|to)\s+(?:the\s+)?(?:[a-z][\w’'\-]*\s+){0,3}$"
)


def in_aside(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` closes an aside after another name ("Tom Ode,
    organiser for the union Unite,")."""
    if not text.startswith(",", end):
        return False
    return _ASIDE_OPEN.search(text, max(0, start - 100), start) is not None
