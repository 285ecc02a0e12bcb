"""A name after two roles joined by "and" that open its sentence is the sentence's subject."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun, occupations

# "The songwriter and vocal coach (X)", "Poet and activist (X)": two roles opening a sentence,
# the second with up to two words before its noun.
_ROLES_OPENING = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]” )|(?<=\n))(?:The |A |An )?([A-Za-z\-]+) and "
    r"(?:[a-z\-]+ ){0,2}?([a-z\-]+) $"
)
_BACK = 70  # characters before a name searched for the roles


def _is_role(word: str) -> bool:
    lower = word.lower()
    return lower in ROLE_NOUNS or is_person_noun(lower) or lower in occupations()


def after_joined_roles(text: str, begin: int) -> bool:
    """Whether a name follows two roles joined by "and" that open its sentence ("The actor and
    director Tom Hale said"): the subject the roles describe, not an object after "and"."""
    if not text.endswith(" ", 0, begin) or " and " not in text[max(0, begin - _BACK) : begin]:
        return False
    found = _ROLES_OPENING.search(text, max(0, begin - _BACK), begin)
    return found is not None and _is_role(found.group(1)) and _is_role(found.group(2))
