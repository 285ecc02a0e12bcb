"""Phrases about people by what they are rather than by name: "a Tripoli resident, Omar
Haddad,", "On Friday, a Rovers fan site", "the veteran negotiator"."""

from __future__ import annotations

import re

from bot.extraction.document_phrases import PAPERS
from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun, is_place, listed_gender, occupations
from bot.extraction.phrase_names import pure_name, trailing_name
from bot.extraction.runs import NAME_LIKE, is_org

_ROLE_SUFFIXES = ("ologist", "ist", "ician", "man", "woman", "person")
# Openings of a phrase about someone unnamed: "a neighbour", "countless fans", "dozens of".
UNNAMED_OPENINGS = (
    *(w + " " for w in "a an one another some two three several many countless numerous".split()),
    *(w + " " for w in "other few".split()),
    *(w + " of " for w in "dozens hundreds thousands scores".split()),
)
_CALLED = re.compile(r"\b(?:named|called)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)$")


def appositive_name(phrase: str) -> str | None:
    """The name set off by commas after a description: "a Tripoli resident, Omar Haddad,", or
    a listed first name alone there ("One worker, Rosa,")."""
    for segment in phrase.split(",")[1:]:
        word = segment.strip()
        called = _CALLED.search(word)  # "One customer, a retired teacher named Glenys,"
        word = called.group(1) if called else word
        name = word if word.lower() in NAME_LIKE and word.istitle() else pure_name(word)
        if not name or is_org(name) or is_place(name):
            continue
        if " " in name or listed_gender(name):
            return name
    return None


def unnamed_after_opening(phrase: str) -> bool:
    """Whether the clause after an opening phrase is someone unnamed ("On Friday, a Rovers fan
    site"), with no name set off by commas before it ("Later, Jo Hart, a fan")."""
    head, comma, last = phrase.rpartition(",")
    last = last.strip()
    if not comma or not last.lower().startswith(UNNAMED_OPENINGS) or trailing_name(last):
        return False
    return not any(pure_name(segment) for segment in head.split(","))


def names_a_role(words: list[str]) -> bool:
    """Whether a role word (not one describing a paper after it) is among `words`."""
    jobs = occupations()
    return any(
        (w in ROLE_NOUNS or w in jobs or is_person_noun(w) or w.endswith(_ROLE_SUFFIXES))
        and (n + 1 == len(words) or words[n + 1] not in PAPERS)
        for n, w in enumerate(words)
    )
