"""Where sentences end in a paragraph: stop marks that do not close an abbreviation."""

from __future__ import annotations

import re

from bot.extraction.lexicon import TITLE_ABBREVIATIONS

_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset("st jr sr vs v no".split())
_DOTTED = re.compile(r"(?:^\(?|[-–—/])(?:[A-Z]\.)+[A-Z]$")
_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those But And Or So Yet In On At For If"
    " When While After Before As His Her Its Their Our There Here Then Now".split()
)
_NEXT_WORD = re.compile(r"\w+")
# Months written short, which a day after them shows are no sentence's end: "on Oct. 19".
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_STOP_MARKS = ".!?…"
_BOUNDARY = re.compile(rf"[{_STOP_MARKS}]+[”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])")


def _stop_matches(text: str) -> list[re.Match[str]]:
    """What `_BOUNDARY.finditer(text)` finds, tried only where a stop mark is (the pattern alone
    is tried at every character)."""
    places: list[int] = []
    for mark in _STOP_MARKS:
        at = text.find(mark)
        while at >= 0:
            places.append(at)
            at = text.find(mark, at + 1)
    places.sort()
    found: list[re.Match[str]] = []
    done = 0
    for at in places:
        match = _BOUNDARY.match(text, at) if at >= done else None
        if match:
            found.append(match)
            done = match.end()
    return found


def abbreviation_at(text: str, at: int, after: int) -> bool:
    """Whether the full stop at `at` ends an abbreviation ("Dr.", the initial of "E. Jean Lee",
    "the U.S. Attorney") rather than a sentence; `after` is where the next word may start."""
    token = text[text.rfind(" ", 0, at) + 1 : at]
    if token.lower().lstrip("(") in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
        return True
    following = _NEXT_WORD.match(text, after)
    if token in _MONTHS and following and following.group()[:1].isdigit():
        return True  # "slated for Oct. 19": the day follows its month
    dotted = _DOTTED.search(token)  # "the U.S. Attorney", "the Canada–U.K. Trade …"
    return bool(dotted) and (following and following.group()) not in _OPENERS


def boundaries(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence stop in a text, skipping abbreviations like "Dr."."""
    return [
        (match.start(), match.end())
        for match in _stop_matches(text)
        if text[match.start()] != "." or not abbreviation_at(text, match.start(), match.end())
    ]
