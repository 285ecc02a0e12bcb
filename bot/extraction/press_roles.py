"""An outlet's writer left unnamed opening the quote's sentence ("The Northern Review’s critic
was harsher, describing it as “…”"): someone of the outlet's, not the outlet, and not the last
person quoted."""

from __future__ import annotations

import re

from bot.extraction.lexicon import UPPER

_PRESS_ROLE_OPENS = re.compile(
    rf"(?:^|[.!?][”’\"]?\s+)(?:The\s+)?(?:[{UPPER}][\w\-]*\s+){{0,3}}[{UPPER}][\w\-]*[’']s?\s+"
    r"(?:[a-z\-]+\s+)?(?:critic|reviewer|columnist|correspondent|editor|reporter|writer"
    r"|commentator|pundit)\b[^.!?“”]*$"
)

_NAME_SET_BESIDE = re.compile(rf",\s+[{UPPER}]")  # "…’s critic, Ana Ruiz,": a name given


def unnamed_press_role(lead: str) -> bool:
    """Whether the lead's last sentence opens with an outlet's critic, columnist or other
    writer, with no name set beside them."""
    match = _PRESS_ROLE_OPENS.search(lead[-300:]) if "’" in lead or "'" in lead else None
    return match is not None and not _NAME_SET_BESIDE.search(match.group())
