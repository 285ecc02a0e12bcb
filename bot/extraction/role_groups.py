"""Role nouns that go together: those one unnamed person goes by in turn, the nouns of one
position or short title ("striker" and "forward", "Gov." and "governor"), and the rank words
that put a role one below the bare noun ("Deputy Mayor")."""

from __future__ import annotations

import re

# Roles that often stay unnamed: once "a spokesperson" is introduced, "the spokesperson" is
# that unnamed person, not whoever spoke before.
UNNAMED_ROLES = frozenset(
    "spokesperson spokesman spokeswoman representative official source aide insider"
    " publicist".split()
)
# Nouns one unnamed person goes by in turn: "a source close to her said … the insider added".
SAME_UNNAMED = {word: "source|insider" for word in ("source", "insider")}
# A football position goes by several nouns: "striker Tom Ode … the forward said", "captain Ann
# Lee … the skipper said". A short
# hand list, as no maintained list groups the names of positions.
_POSITIONS = (
    "striker|forward|centre-forward|center-forward",
    "goalkeeper|keeper|goalie",
    "defender|centre-back|center-back|full-back|fullback",
    "captain|skipper",
)  # a midfielder goes by no other one noun
# A role written as its short title before a name: "Gov. Ann Ode … the governor said".
_SHORT_TITLES = (
    r"governor|gov\.",
    r"senator|sen\.",
    r"sergeant|sgt\.",
    r"detective|det\.",
    r"lieutenant|lt\.",
    r"professor|prof\.",
)
# Words making a role one rank below the bare noun: "Deputy Mayor X" is no "the mayor".
RANKS = frozenset(("deputy", "vice", "lieutenant", "lt.", "assistant"))
_RANK_BEFORE = re.compile(
    rf"(?i:{'|'.join(map(re.escape, sorted(RANKS)))})[\s\-]+(?:[A-Za-z]+\s+)?$"
)


def ranked_below(text: str, start: int, end: int, noun: re.Pattern[str]) -> bool:
    """Whether the role noun a match names someone with has a rank word right before it."""
    window = text[max(0, start - 20) : end]
    if not any(rank in window.lower() for rank in RANKS):
        return False
    found = noun.search(text, start, end)
    return (
        found is not None
        and _RANK_BEFORE.search(text, max(0, found.start() - 20), found.start()) is not None
    )


SAME_POSITION = {word: group for group in _POSITIONS + _SHORT_TITLES for word in group.split("|")}
