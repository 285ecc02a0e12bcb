"""The name a first-person piece gives the narrator's parent, whom "Mom" or "Dad" then means:
set beside the word ("My mother, Helen, …") or opening the sentence right after one the word
opens ("My mom was a nurse. Helen worked nights …")."""

from __future__ import annotations

import re

from bot.extraction.lexicons import common_words, listed_gender

# The word a narrator calls a parent by, and the gender it gives them.
KIN_CALLED = {"Mom": "f", "Mum": "f", "Mother": "f", "Dad": "m", "Father": "m"}
_GENDER = {word.lower(): gender for word, gender in KIN_CALLED.items()}
_WORDS = "|".join(_GENDER)
_BESIDE = re.compile(rf"\b[Mm]y ({_WORDS}), ([A-Z][\w’'\-]+)(?=[,.;)]| who\b)")
# "My mom raised four children. Helen …": a lone given name opening the next sentence.
_NEXT = re.compile(
    rf"(?:^|[.!?]\s+|\n)My ({_WORDS})\b[^.!?“”\"\n]{{3,200}}[.!?]\s+([A-Z][\w’'\-]+)\s+[a-z]"
)


def narrator_kin(text: str, called: str) -> str:
    """The given name of the parent a narrator calls `called` ("Mom"), else `called`."""
    gender = KIN_CALLED.get(called)
    if gender is None or ("My " not in text and "my " not in text):
        return called
    for pattern in (_BESIDE, _NEXT):
        for found in pattern.finditer(text):
            name = found.group(2)
            fits = _GENDER[found.group(1)] == gender and listed_gender(name) == gender
            if fits and name.lower() not in common_words():
                return name
    return called
