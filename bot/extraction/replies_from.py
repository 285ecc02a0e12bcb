"""Someone named as the source of a reply in the sentence before a pronoun's quote: "That drew
a sharp reply from Ní Mhurchú. “…,” she told reporters." is hers, though named as an object."""

from __future__ import annotations

import re

from bot.extraction.lexicon import PARTICLES, UPPER
from bot.extraction.sentence_bounds import SENTENCE_BACK, sentence_start

_WORD = rf"[{UPPER}][\w’'\-]*"
# "a sharp reply from Ní Mhurchú", "a swift rebuke from Tom Reyes", "an angry response from X".
_REPLIES = ("reply", "response", "rebuke", "retort", "riposte", "rejoinder", "answer", "rebuttal")
# Words whose source speaks as the reply's does: "The accusation came from X, who lost to Y".
_CHARGES = ("accusation", "allegation", "complaint", "criticism", "challenge", "objection")
_NOUNS = (*_REPLIES, *_CHARGES)
_REPLY_FROM = re.compile(
    rf"\b(?:{'|'.join(_NOUNS)})s?\s+(?:(?:first\s+)?(?:came|comes|had\s+come)\s+)?from\s+"
    rf"((?:(?:{PARTICLES})\s+)?{_WORD}(?:\s+(?:(?:{PARTICLES})\s+)?{_WORD}){{0,3}})"
)
# The sentence before the one holding a position starts at most this far back from it.
_REACH = 2 * SENTENCE_BACK + 2


def reply_from(text: str, at: int) -> str | None:
    """The name after "a reply from" in the sentence before the one holding `at`, else None."""
    floor = max(0, at - _REACH)  # where that sentence may start at the earliest
    if text.find(" from ", floor, at) < 0 or not any(text.find(n, floor, at) >= 0 for n in _NOUNS):
        return None  # neither sentence is looked for when the words are not written near
    here = sentence_start(text, at)
    if here <= 0:
        return None
    start = sentence_start(text, here - 2)
    if " from " not in text[start:here]:
        return None  # a literal test before the pattern
    found = _REPLY_FROM.search(text, start, here)
    return found.group(1) if found else None
