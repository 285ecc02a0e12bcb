"""Words and places that open a sentence before a name: "Among Walsh", "Initially", "… dawn.
Sisters Noor and"."""

from __future__ import annotations

from bot.extraction.lexicons import common_words, is_place
from bot.extraction.persons import first_name_gender

# Endings of adverbs that open sentences: "Initially", "Previously", "Reportedly".
_ADVERB_ENDS = ("ially", "ually", "ously", "ently", "antly", "ately", "ively", "edly", "ingly")
KIN_GROUPS = frozenset("sisters brothers siblings twins cousins".split())  # "Sisters Noor and"


def is_opener(word: str) -> bool:
    """A common word or an adverb ("Among", "Initially") that may open a sentence before a
    name but is no first name itself."""
    lower = word.lower()
    if lower in common_words() or lower in KIN_GROUPS:
        return True
    if len(lower) < 7 or not lower.endswith(_ADVERB_ENDS) or not word[1:].islower():
        return False
    return not first_name_gender(word) and not is_place(word)


def opens_sentence(text: str, at: int) -> bool:
    """Whether `at` starts the text, a line or a sentence ("… dawn. Among …", "“Had …")."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in '.!?\n“"‘:'
