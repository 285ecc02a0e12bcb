"""A caption on someone's post, photo or video ("A post on his accounts showed him in training
with the caption “…”", "posting a clip captioned, “…”"): the owner's or the poster's words."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

_CAPTION = re.compile(
    rf"\b(?:([Hh]is|[Hh]er)|([{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+){{0,2}})[’']s)\s+"
    r"(?:[\w\-]+\s+){0,3}(?:post|posts|photo|picture|video|clip|tweet|story|message|account"
    r"|accounts|page|feed)\b[^.!?“”\"]{0,140}\b(?:with\s+the\s+(?:[a-z]+\s+)?caption|captioned"
    r"|under\s+the\s+caption|alongside\s+the\s+caption)\s*:?\s*$"
)


def caption_owner(lead: str) -> str | None:
    """ "his", "her" or a name owning the post whose caption the quote is, else None."""
    found = _CAPTION.search(lead[-240:]) if "caption" in lead else None
    if found is None:
        return None
    return found.group(1).lower() if found.group(1) else found.group(2)


# A thing that a caption is put on, right before "captioned": "posting a video captioned,".
_CAPTIONED_THING = re.compile(
    r"\b(?:an?|the|one|his|her|its|their|more|some|several|two|three)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:post|photo|picture|video|clip|selfie|image|snap|reel|tweet|story|message)s?"
    r"(?:\s+(?:on|in|at|from|of|to|with|last|this)(?:\s+[\w’'\-]+){1,2}){0,2}"
    r"(?:,?\s+(?:with\s+)?(?:one|the\s+other|another))?\s*,?\s*$"
)


def captioned_thing(word: str, before: str) -> bool:
    """Whether "captioned" only describes a post ("posted a video captioned"), so the verb
    before it (who posted it) says the quote."""
    return word == "captioned" and _CAPTIONED_THING.search(before[-80:]) is not None
