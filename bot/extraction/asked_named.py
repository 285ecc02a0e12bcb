"""Who answers the question the sentence before put to someone by name: "Reporters asked Ann
Lee whether anyone was hurt. “…,” she said." is Ann Lee, not whoever spoke before her."""

from __future__ import annotations

import re

from bot.extraction.answers import asked_again
from bot.extraction.antecedents import PersonSearch
from bot.extraction.lexicon import UPPER
from bot.extraction.runs import clean_run, is_org

# The sentence right before the quote, putting a question to someone named: "asked Ann Lee
# whether", "pressed Tom Ode on", "questioned Dr Eva Lind about".
_ASKED = re.compile(
    rf"(?:^|[.!?]\s+)[^.!?“”]*\b(?:asked|pressed|questioned|quizzed|challenged)\s+"
    rf"([{UPPER}][\w’'\-]+(?:\s+(?:[a-z]{{1,3}}\s+)?[{UPPER}][\w’'\-]+){{0,3}})\s+"
    r"(?:whether|if|why|how|what|when|where|who|about|on|over)\b[^.!?“”]*[.?]\s*$"
)
_SAID = re.compile(r"\W*(he|she) (?:said|says|replied|answered|responded|added)\b")
_WORDS = ("asked ", "pressed ", "questioned ", "quizzed ", "challenged ")
_REACH = 300  # characters of the paragraph read before the quote


def asked_named(tail: str, before: str, search: PersonSearch, at: int) -> str | None:
    """The one a question was put to by name in the sentence before the quote, when the
    quote's "he said" or "she replied" fits them; else None."""
    recent = before[-_REACH:]
    said = _SAID.match(tail)
    if said is None or not any(word in recent for word in _WORDS):
        return None
    asked = _ASKED.search(recent)
    if asked is None:
        return None
    full = search.people.full_name(clean_run(asked.group(1)), at)  # "Dr Eva Lind": Eva Lind
    found = search.people.gender(full)  # a name no list genders may still answer
    if (" " not in full and found is None) or is_org(full):
        return None  # a one-word name only when a list gives it a gender
    return full if found in (None, "m" if said.group(1) == "he" else "f") else None


def asked_before(tail: str, before: str, search: PersonSearch, at: int) -> str | None:
    """The one asked before the quote: again by the same asker ("X asked the question a second
    time. “…,” he said."), or by name in the sentence before; else None."""
    return asked_again(tail, before, search, at) or asked_named(tail, before, search, at)
