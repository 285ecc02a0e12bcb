"""An unnamed subject whose own noun is not first a person ("One member", "A customer") but
whose appositive says what person they are ("One member, a 52-year-old nurse who …, said")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import occupations, person_nouns
from bot.extraction.title_genders import role_gender

# The appositive after the subject's comma: ", a 52-year-old nurse", ", a retired teacher",
# ", a mother of two"; up to three words before the noun.
_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:(?:\d+-year-old|[a-z\-]+)\s+){0,3}?([a-z\-]+)\b(?![’']s)"
)
_AGED = re.compile(r",\s+an?\s+\d+-year-old\b")
# A name given inside the appositive: ", a nurse in Dunmore named Ann Lee,".
_NAMED_IN = re.compile(r"[^.!?“”\"]{0,100}?\b(?:named|called)\s+[A-Z]")


def _person(noun: str) -> bool:
    """Whether a lower-case noun names a person."""
    return noun in person_nouns() or noun in occupations() or noun in ROLE_NOUNS


def appositive_person(text: str, at: int, gender: str) -> bool:
    """Whether the appositive opening at `at` (", a 52-year-old nurse") describes a person of
    this gender or of none."""
    if not text.startswith(",", at):
        return False  # cheap check first: no comma, no appositive
    found = _APPOSITIVE.match(text, at)
    if found is None:
        return False
    noun = found.group(1)
    if not (_person(noun) or _AGED.match(text, at)):
        return False
    if role_gender(noun) not in (None, gender):
        return False  # "One member, a father of two, …, she said": someone else
    return _NAMED_IN.match(text, found.end()) is None
