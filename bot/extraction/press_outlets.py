"""The outlet "the outlet" or "the newspaper" means: the last one the article credited with a
report ("a report from The Verge", "The Harwell Courier reported", "according to Reuters")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

PRESS_NOUNS = frozenset(("outlet", "newspaper", "publication"))
_REACH = 2500  # characters read back for the report
_WORD = rf"[{UPPER}](?:[\w&’'\-]|\.(?=\w))*"  # "U.S.A" inside, no stop at its end
_NAME = rf"((?:The\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})"
_CREDITED = re.compile(
    rf"\b(?:report|story|article|investigation)\s+(?:from|by|in)\s+{_NAME}"
    rf"|\baccording\s+to\s+{_NAME}"
    rf"|{_NAME}\s+(?:first\s+)?(?:reported|reports|revealed|reveals)\b"
)


def outlet_before(text: str, at: int, noun: str) -> str | None:
    """The outlet last credited with a report before `at` when `noun` is a word for an outlet,
    as written ("The" kept only mid-sentence), else None."""
    start = max(0, at - _REACH)
    if noun not in PRESS_NOUNS or ("report" not in text[start:at] and "according" not in text):
        return None
    found = list(_CREDITED.finditer(text, start, at))
    if not found:
        return None
    index, name = next((n, group) for n, group in enumerate(found[-1].groups(), 1) if group)
    opening = text[max(0, found[-1].start(index) - 3) : found[-1].start(index)].rstrip(" ")
    return name[4:] if name[:4] == "The " and opening[-1:] in ("", ".", "\n", "!", "?") else name
