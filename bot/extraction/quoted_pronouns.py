"""A pronoun that speaks a quote right after a sentence about someone known by one name whom
the article describes by a role ("Former army general Sutrisno … Late that evening, Sutrisno
returned to the stage. “…,” he said.", "Dr. Lopez eats porridge. “…,” she says."): evidence of
that person's gender."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS, TITLE_ABBREVIATIONS
from bot.extraction.lexicons import is_person_noun

# The mention's sentence ends, a quote follows, then the pronoun and a speech verb.
_QUOTE_THEN = re.compile(r"[^.!?“”]*[.!?]\s+“[^“”]{1,300}[,?!]”\s+")
_SAID = re.compile(r"\s+(?:said|says|told|added|replied|shouted)\b")
_WORD_BEFORE = re.compile(r"([a-z\-]+)\s+$")
_TITLE_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]{1,4})\.?\s+$")  # "Dr. ", "Prof ": a person's


def said_after_quote(text: str, end: int, pronoun: tuple[int, str], places: list[int]) -> bool:
    """Whether only the rest of a lone name's sentence and a quote stand between it (ending at
    `end`) and the pronoun that speaks it, and the name is written after a role noun at one of
    its `places` ("army general Sutrisno")."""
    at, word = pronoun
    if word not in ("he", "she") or _QUOTE_THEN.fullmatch(text, end, at) is None:
        return False
    if _SAID.match(text, at + len(word)) is None:
        return False
    for place in places:
        role = _WORD_BEFORE.search(text, max(0, place - 24), place)
        if role and (role.group(1) in ROLE_NOUNS or is_person_noun(role.group(1))):
            return True
        title = _TITLE_BEFORE.search(text, max(0, place - 8), place)
        if title and title.group(1).lower() in TITLE_ABBREVIATIONS:
            return True
    return False
