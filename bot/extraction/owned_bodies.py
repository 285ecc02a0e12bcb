"""The body someone's pronoun owns: "His party said" after "Imran Siddiqui of the Independent
Residents' Group" is that group, whatever party the article named last."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import UPPER
from bot.extraction.orgs import has_org_word

_PRONOUNS = {"his": "he", "her": "she"}
# A body's name after the words that tie someone to it: "of the Green Coast Movement", ", the
# leader of the Harbour Union", ", a member of Civic Renewal".
_TIED = (
    r",?\s+(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,3}?(?:of|for|from)\s+(?:the\s+)?"
    rf"([{UPPER}][\w’'\-]*(?:\s+(?:(?:of|for|and)\s+)?[{UPPER}][\w’'\-]*){{0,5}})"
)
_REACH = 3000  # characters looked back for where the owner was tied to the body


def owners_body(
    text: str, phrase: str, at: int, person: Callable[[str, int], str | None]
) -> str | None:
    """For "his party" or "her union", the body the person the pronoun means was named as
    belonging to last before `at` ("Imran Siddiqui of the Independent Residents' Group"), when
    its name holds an organisation word; else None."""
    word = phrase.strip().partition(" ")[0].lower()
    owner = person(_PRONOUNS[word], at) if word in _PRONOUNS else None
    if not owner:
        return None
    surname = owner.rpartition(" ")[2]
    names = rf"(?:{re.escape(owner)}|(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(surname)})"
    found = None
    for tied in re.finditer(names + _TIED, text[max(0, at - _REACH) : at]):
        found = tied.group(1) if has_org_word(tied.group(1)) else found
    return found
