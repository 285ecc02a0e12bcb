"""A lawsuit speaking for the one it was filed for: "the complaint alleges" is the claimant's."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER
from bot.extraction.org_extents import whole_body

# A body's name may join its words with "of" or "for" ("Guild of Independent Illustrators").
_BODY_NAME = rf"[{UPPER}][\w’'.\-]*(?:\s+(?:(?:of|for|the)\s+)?[{UPPER}][\w’'.\-]*){{0,5}}"
# A lawsuit or complaint speaking: "the lawsuit alleges", "The complaint claims that".
LEGAL_PAPER = re.compile(
    r"(?:the\s+)?(?:lawsuit|suit|complaint|filing|petition|claim|legal\s+action)", re.IGNORECASE
)
# A lawsuit named with who brought it: "a lawsuit filed by X", "the complaint brought by X".
_FILED_PAPER = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[a-z\-]+\s+){0,2}(?:lawsuit|suit|complaint|petition|legal\s+action)"
    r"\s+(?:filed|brought)(?:\s+(?:(?:in|on)\s+\w+\s+)?by\s|$)",
    re.IGNORECASE,
)
# Whom a lawsuit speaks for: "filed on behalf of X", "lawyers representing X".
_CLAIMANT = re.compile(
    r"(?:on behalf of|representing|(?:lawyers?|attorneys?) for"
    r"|(?:filed|brought)\s+(?:(?:in|on)\s+\w+\s+)?by)"
    r"\s+(?:the\s+)?"
    rf"(?:[a-z\-]+\s+){{0,2}}({_BODY_NAME})"
)
# Who sued: "Northwind Games sued the league", "X filed a lawsuit against", "X and eleven of
# its members sued" (X, first named).
_SUED = re.compile(
    rf"(?<![\w’'])({_BODY_NAME})(?:\s+and\s+(?:[a-z\d\-]+\s+){{1,4}}[a-z]+)?"
    r"\s+(?:has\s+|have\s+|also\s+)?(?:sued|filed\s+(?:a|an|the)\s+"
    r"(?:[a-z\-]+\s+){0,2}(?:lawsuit|suit|complaint|petition))\b"
)


def claimant(text: str, before: int) -> str | None:
    """The last person a lawsuit was filed for, or who sued, in `text` before `before`."""
    found: tuple[int, str] | None = None
    for pattern in (_CLAIMANT, _SUED):
        for match in pattern.finditer(text, max(0, before - 3000), before):
            if found is None or match.start(1) > found[0]:
                found = (match.start(1), match.group(1))
    if found is None:
        return None
    name = found[1].removeprefix("The ")  # "Competition and Consumer Authority sued": whole
    return whole_body(text, found[0] + len(found[1]) - len(name), name)


def filed_paper(phrase: str) -> bool:
    """Whether a phrase names a lawsuit with who brought it ("a lawsuit filed by X"): it
    speaks for its claimant."""
    cheap = " by " in phrase or phrase.endswith(("filed", "brought"))  # or cut before "on X by"
    return cheap and _FILED_PAPER.match(phrase) is not None
