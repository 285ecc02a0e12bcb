"""A sentence after a bare quote naming its speaker by how they spoke: "“…” Lena Dorn, the
union's director, was defiant.", "The coach, Ana Ruiz, did not mince her words."."""

from __future__ import annotations

import re

from bot.extraction.lexicon import PARTICLES, UPPER
from bot.extraction.lexicons import lone_given

_NAME = rf"[{UPPER}][\w’'\-]+(?:\s+(?:(?:{PARTICLES})\s+)*[{UPPER}][\w’'\-]+){{0,3}}"
# How someone spoke, said of them in the sentence after their words.
_MANNER = (
    r"(?:was|is|remained|remains|sounded|sounds)\s+(?:[a-z]+\s+)?(?:defiant|blunt|adamant"
    r"|unrepentant|emphatic|unequivocal|forthright|unapologetic|resolute|upbeat|downbeat"
    r"|scathing|candid|combative|unbowed|unmoved|sanguine|philosophical|bullish|gloomy"
    r"|in\s+no\s+mood\s+to\s+\w+)"
    r"|did\s+not\s+mince\s+(?:his|her|their)\s+words|struck\s+an?\s+[a-z\-]+\s+(?:tone|note)"
    r"|was\s+having\s+none\s+of\s+it"
)
_MANNER_AFTER = re.compile(
    rf"[”\"’\s]*(?:(?:The|Their|His|Her)\s+[^,.;:“”\"]{{1,60}},\s+)?({_NAME})"
    rf"(?:,[^,.;:“”\"]{{1,80}},|,)?\s+(?:{_MANNER})\b"
)


def manner_speaker(after: str) -> str | None:
    """The name opening a sentence right after a quote that says how they spoke, else None."""
    found = _MANNER_AFTER.match(after)
    name = found.group(1) if found else None
    return name if name and (" " in name or lone_given(name)) else None  # "Beatriz was blunt."
