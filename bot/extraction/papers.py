"""A newspaper the article names once beside its kind and then calls "the paper"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

# A paper named between commas after its kind: "the campus paper, The Beacon,", "the student
# newspaper, the Daily Lantern,". A lone "paper" needs a word saying what kind, as a study is
# a paper too.
_NAMED_PAPER = re.compile(
    r"(?:newspaper|(?:campus|student|school|college|university|local|community|weekly|daily"
    r"|hometown|regional|city|town|county|village|neighbourhood|neighborhood) paper),\s+"
    rf"(?:the\s+)?((?:The\s+)?[{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*){{0,4}}),"
)
_PAPERS = frozenset(("the paper", "the newspaper"))
_REACH = 1500  # characters looked back for where the paper was named


def named_paper(phrase: str, text: str, at: int) -> str | None:
    """The name of the newspaper "the paper" means, when the article named it between commas
    after its kind shortly before `at`; else None."""
    if phrase.strip().lower() not in _PAPERS:
        return None
    window = text[max(0, at - _REACH) : at]
    if "paper, " not in window:
        return None  # the cheap test: no paper named between commas
    found = list(_NAMED_PAPER.finditer(window))
    return found[-1].group(1) if found else None
