"""A body set beside a description that reads like a person's role ("Lumora Systems, a
robotics maker,") and credited later by it ("the robotics maker said"): that body."""

from __future__ import annotations

import re

from bot.extraction.names import People

_NAME = r"[A-Z][\w’'&\-]*(?: (?:of |for |and |& )?[A-Z][\w’'&\-]*){0,5}"
_BACK = 3000  # characters looked back for the description
_PATTERNS: dict[str, re.Pattern[str]] = {}  # per description: a name set beside it
# A lower-case word before the name: "on Thursday, the governor said", "on X, the governor".
_LED = re.compile(r"\b[a-z]+ \Z")


def _led(text: str, at: int) -> bool:
    """Whether a lower-case word comes right before `at` (a date or a place, not a subject)."""
    return _LED.search(text, max(0, at - 20), at) is not None


def described_body(people: People, role: str, at: int) -> str | None:
    """The name last set beside `role` ("the robotics maker") before `at`, when it is no one's
    name (a body, not someone with that job): no gender, no fuller name it is the end of."""
    if not role.startswith("the ") or not role.islower():
        return None
    words = role[4:]
    text = people.text
    start = max(0, at - _BACK)
    if text.find(f" {words},", start, at) < 0 and text.find(f" {words} ", start, at) < 0:
        return None  # cheap: the description is written nowhere before
    pattern = _PATTERNS.get(words)
    if pattern is None:
        pattern = _PATTERNS[words] = re.compile(
            rf"({_NAME}), (?:an?|the) {re.escape(words)}\b(?![\w\-])[^.,;“”\"]{{0,60}},"
        )
    names = [m.group(1) for m in pattern.finditer(text, start, at) if not _led(text, m.start())]
    name = names[-1].removeprefix("The ") if names else None
    if not name or people.gender(name):
        return None
    full = people.full_name(name, at)  # "Marsh, a farmer," after "Ylva Marsh": a person
    return None if full.endswith(" " + name) or people.gender(full) else name
