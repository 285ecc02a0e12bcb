"""Credits with "per" ("according to"): "“…,” per Vasquez.", "“…,” per team president X",
"“…,” per the league", "Per the ministry, the plan is “…”"; never "per cent", "per game",
"$40 per head" or "as per usual", and no one named for "per a person briefed on the talks"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import SPEECH_VERB, UPPER

# Lower-case words that may stand before a name ("team president", "league reporter"): none of
# them a preposition, article or conjunction ("per game in Boston", "per head for fans").
_ROLE = r"(?:(?!(?:in|at|on|for|of|to|by|from|with|against|and|or|than|across|per)\s)[a-z\-]+\s+)"
_WORD = rf"[{UPPER}][\w’'.\-]*"
_PHRASE = (
    rf"(?:the\s+(?:{_ROLE}{{0,3}})?(?:{_WORD}|[a-z\-]+)(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,6}}"
    rf"|(?:{_WORD}\s+)?{_ROLE}{{0,3}}{_WORD}(?:\s+(?:(?:de|la|van|von|der|da|di|del)\s+)*{_WORD})"
    r"{0,4})"
)
_STOP = r"(?=\s*(?:[,.;:!?)]|\s(?:who|which|that|and|but|on|in|at)\s|$))"
_AFTER = re.compile(rf"per\s+({_PHRASE}){_STOP}")
_BEFORE = re.compile(rf"(?:^|[.;!?]\s+)Per\s+({_PHRASE}),\s+([^,“”\"]*)$")
# "per a person briefed on the talks", "per sources", "per two people close to him": unnamed
_UNNAMED = re.compile(
    r"per\s+(?:a|an|one|two|three|several|some|people|sources?|officials?|insiders?)\s+"
    r"(?![^,.;]*\b(?:by|from)\s+(?:the\s+)?[A-Z])"
)
_NOT_CREDITS = frozenset("cent capita annum se diem".split())


def per_credit(lead: str, tail: str) -> str | None:
    """The phrase credited by "per" right after the quote or opening its sentence; "" when
    the credit names no one ("per a source"); None when there is no such credit."""
    text = tail.lstrip(",”\"’' ")
    if text.startswith("per "):
        if _UNNAMED.match(text):
            return ""
        found = _AFTER.match(text)
        if found and found.group(1).split()[0].lower() not in _NOT_CREDITS:
            return found.group(1).rstrip(".")
        return None
    front = _BEFORE.search(lead[-300:]) if "Per " in lead else None
    if front and not SPEECH_VERB.search(front.group(2)):  # not "Per the rules, X said …"
        return front.group(1)
    return None
