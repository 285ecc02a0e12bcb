"""Words beside a name that make it no subject of its own: a role after another name
("Bramcote skipper Ann Lee": only Ann Lee speaks) or "the German" (someone's people)."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_demonym, is_person_noun, people_nouns
from bot.extraction.mentions import Mention

_MODIFIES = re.compile(r" (?:[A-Za-z][a-z\-]+ ){1,2}")


def qualifies(between: str) -> bool:
    """Whether the words between two names make the first qualify the second: a role
    ("Bramcote skipper Ann Lee", "Acme chief executive Tom Ode"), so only the second speaks."""
    between = between.removeprefix("’s").removeprefix("'s")  # "Kestrel’s Danish striker X"
    if not _MODIFIES.fullmatch(between):
        return False
    return all(w in ROLE_NOUNS or is_person_noun(w) or is_demonym(w) for w in between.split())


def people_word(text: str, mention: Mention) -> bool:
    """Whether a mention is "the German" or "the Kenyan": someone's people, no name."""
    word = mention.name
    after_the = text[max(0, mention.start - 4) : mention.start] in ("the ", "The ")
    return after_the and " " not in word and (is_demonym(word) or word in people_nouns())
