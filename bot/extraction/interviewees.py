"""The one interviewed in a phrase opening a sentence is its "he" or "she": "In the interview
with Layla, she admitted …" is Layla, not a sister named with her before; unless one other
"he" or "she" acted just before, the interviewer ("Ode, as ever, explained it. In an interview
with Lind, he said …": Ode)."""

from __future__ import annotations

import re

from bot.extraction.antecedents import JUST_BEFORE
from bot.extraction.lexicon import UPPER
from bot.extraction.names import People
from bot.extraction.role_doers import acting

_REACH = 400  # characters read back from the quote
_INTERVIEW_WITH = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|During)\s+(?:a|an|the|his|her|their|that|this)\s+(?:[\w\-]+\s+){0,2}"
    rf"(?:interview|conversation|chat|sit-down)\s+with\s+([{UPPER}][\w’'\-]+"
    rf"(?:\s+[{UPPER}][\w’'\-]+){{0,2}}),?\s+(he|she)\s+[a-z]"
)
_STOPS = re.compile(r"[.!?][”’\"]?\s+[“\"‘]?[A-Z]")  # a sentence ending, the next opening


def interviewee(text: str, at: int, pronoun: str) -> tuple[str, int, int] | None:
    """(name, its position, the sentence's start) of the one interviewed in "In the interview
    with X, she …" in the sentence before position `at` or the one holding it, when `pronoun`
    is that "she"."""
    start = max(0, at - _REACH)
    if "with" not in text[start:at]:
        return None
    matches = list(_INTERVIEW_WITH.finditer(text, start, at))
    found = matches[-1] if matches else None
    if found is None or found.group(2) != pronoun:
        return None
    later = len(_STOPS.findall(text, found.end(), at))
    return (found.group(1), found.start(1), found.start()) if later <= 1 else None


def actors_before(people: People, at: int, gender: str) -> set[str]:
    """The people of `gender` acting just before `at`, in full ("Noor and Layla … posed")."""
    text, mentions = people.text, people.before(at, 3, at - JUST_BEFORE)
    acted = acting(text, mentions)
    ends = {m.end + 5 for m in acted}
    acted += [m for m in mentions if m.start in ends and text[m.start - 5 : m.start] == " and "]
    named = {people.full_name(m.name, m.start) for m in acted}
    return {name for name in named if people.gender(name) == gender}
