"""A sentence opening with a phrase owned by its own subject pronoun ("Through his lawyer, Tom
Ode, he said:"): the pronoun, like the "his", means someone named before the sentence."""

from __future__ import annotations

import re

from bot.extraction.written_it import last_sentence_start

# An opening word, up to three lower-case words, the pronoun's possessive, its phrase up to a
# comma, then the pronoun and its verb: "Through his lawyer, Tom Ode, he said: ", "In a
# statement through her agent, Ann Lee, she said: ".
_OWNED_OPENING = re.compile(
    r"[A-Z][a-z]+\s+(?:[a-z]+\s+){0,3}?(his|her)\s+[^.!?“”]{1,80}?,\s+(he|she)\s+[a-z]+[^.!?“”]*"
)
_OWNER = {"he": "his", "she": "her"}


def owned_opening_back(lead: str, pronoun: str) -> int:
    """How far back from the lead's end its last sentence starts, when that sentence opens with
    a phrase owned by `pronoun` ("Through his lawyer, X, he said:"), so that the pronoun is read
    as of there and not as X; 0 otherwise."""
    owner = _OWNER.get(pronoun)
    if owner is None or f" {owner} " not in lead:
        return 0
    start = last_sentence_start(lead)
    opening = _OWNED_OPENING.fullmatch(lead, start)
    if opening is None or opening.group(1) != owner or opening.group(2) != pronoun:
        return 0
    return len(lead) - start
