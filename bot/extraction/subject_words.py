"""Words beside a name that make it no subject of its own: a role after another name
("Bramcote skipper Ann Lee": only Ann Lee speaks) or "the German" (someone's people)."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_common_plural, is_demonym, is_person_noun, people_nouns
from bot.extraction.mentions import Mention
from bot.extraction.persons import first_name_gender

_MODIFIES = re.compile(r" (?:[A-Za-z][a-z\-]+ ){1,2}")
# Last words of a place's or a thing's name: "the Milky Way", "the Bethel Chapel"; the first
# of them are no one's surname, even after a given name ("Bethel").
BUILDINGS = frozenset(
    "way chapel cathedral abbey temple mosque synagogue school college station centre center"
    " tower museum gallery theatre theater stadium arena".split()
)
_THING_NOUNS = BUILDINGS | frozenset(
    "church hall park street road lane avenue square bridge river lake bay beach harbour valley"
    " hill mountain forest island".split()
)
_OF_AFTER = re.compile(r" (?:of|from|in|on|at|for|with|by) ")
_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z\-]+ ){0,3}$")


def qualifies(between: str) -> bool:
    """Whether the words between two names make the first qualify the second: a role
    ("Bramcote skipper Ann Lee", "Acme chief executive Tom Ode"), so only the second speaks."""
    between = between.removeprefix("’s").removeprefix("'s")  # "Kestrel’s Danish striker X"
    if not _MODIFIES.fullmatch(between):
        return False
    return all(w in ROLE_NOUNS or is_person_noun(w) or is_demonym(w) for w in between.split())


def people_word(text: str, mention: Mention) -> bool:
    """Whether a mention is "the German" or "the Kenyan": someone's people, no name; or a
    place or thing after "the" ("the Milky Way", "the cold little Bethel Chapel"), or a common
    plural before "of" ("Pictures of the sky")."""
    word = mention.name
    after_the = text[max(0, mention.start - 4) : mention.start] in ("the ", "The ")
    if after_the and " " not in word and (is_demonym(word) or word in people_nouns()):
        return True
    if " " not in word and _OF_AFTER.match(text, mention.end) and is_common_plural(word.lower()):
        return True  # "Pictures of the night sky have spread": no "Fernhill Pictures"
    last = word.rpartition(" ")[2].lower()
    if " " not in word or last not in _THING_NOUNS:
        return False
    if last not in BUILDINGS and first_name_gender(word):
        return False  # "the actor Tom Hill" is a person, whatever "hill" means
    return _THE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
