"""A newspaper the article names once beside its kind and then calls "the paper", or whose
editorial it mentions before "the editorial board wrote"."""

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


# "An editorial in the Lantern", "an editorial by The Harwell Echo": the paper that ran it.
_EDITORIAL_IN = re.compile(
    rf"[Ee]ditorial\s+(?:in|by|from)\s+(?:the\s+)?((?:The\s+)?[{UPPER}][\w’'\-]*"
    rf"(?:\s+[{UPPER}][\w’'\-]*){{0,3}})"
)
_BOARDS = frozenset(("the editorial board", "its editorial board", "the paper's editorial board"))
_EDITORIALS = frozenset(("the editorial", "its editorial", "the paper's editorial"))
# A paper named right after its kind: "The government newspaper Tarkestan Pravda devoted …".
_KIND_THEN_NAME = re.compile(
    rf"newspaper\s+((?:The\s+)?[{UPPER}][\w’'\-]*(?:\s+[{UPPER}][\w’'\-]*){{0,3}})"
)


def _editorial_paper(text: str, at: int) -> str | None:
    """The paper whose editorial the article mentioned last before `at`, by its fullest name
    ("the Lantern" after "The Marlow Lantern")."""
    found = list(_EDITORIAL_IN.finditer(text, max(0, at - _REACH), at))
    if not found:
        return None
    name = found[-1].group(1).removeprefix("The ")
    pattern = rf"\bThe\s+(?:[{UPPER}][\w’'\-]*\s+){{0,3}}{re.escape(name)}\b"
    fuller = [match.group() for match in re.finditer(pattern, text)]
    return max(fuller, key=len) if fuller else name


def named_paper(phrase: str, text: str, at: int) -> str | None:
    """The name of the newspaper "the paper" means, when the article named it between commas
    after its kind shortly before `at`, or of the one whose editorial board wrote; else None."""
    lower = phrase.strip().lower().replace("’", "'")
    if lower in _BOARDS:
        return _editorial_paper(text, at)
    if lower in _EDITORIALS:  # "Its editorial went further. “…,” the editorial reads."
        named = list(_KIND_THEN_NAME.finditer(text, max(0, at - _REACH), at))
        return _editorial_paper(text, at) or (named[-1].group(1) if named else None)
    if lower not in _PAPERS:
        return None
    window = text[max(0, at - _REACH) : at]
    if "paper, " not in window:
        return None  # the cheap test: no paper named between commas
    found = list(_NAMED_PAPER.finditer(window))
    return found[-1].group(1) if found else None
