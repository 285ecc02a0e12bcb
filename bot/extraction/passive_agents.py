"""The doer of a passive sentence whose subject is a thing someone owns ("Ann Lee’s plan was
attacked by Eva Lind.", "His death was confirmed by his son, Tom Lee,"): a "she said" after it
means the doer, not the owner."""

from __future__ import annotations

import re

from bot.extraction.mentions import Mention

# A passive verb and "by" right before a name: "was attacked by ", "has been sharply criticised
# by ", "were rejected on Tuesday by ".
_PASSIVE = (
    r"(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)"
    r"(?:\s+on\s+[A-Z][a-z]+)?"
)
_BY_AGENT = re.compile(rf"\b{_PASSIVE}\s+by\s+\Z")
# A sentence opening with a thing a pronoun owns, told in the passive up to its doer: "His death
# was confirmed by his son, ", "Her plan has been backed by ".
_PRONOUN_OWNED = re.compile(
    r"(?:^|[.!?”]\s+|\n)(?:His|Her|Their) (?:[a-z\-]+ ){1,2}"
    rf"{_PASSIVE}\s+by (?:(?:his|her|their) [a-z\-]+, )?\Z"
)
_POSSESSIVE = ("’s", "'s", "’", "'")
_REACH = 200  # characters of a sentence read between the owner and the doer


def passive_agent(text: str, owner: Mention, objects: list[Mention]) -> Mention | None:
    """The object mention after "was … by" in the sentence `owner` opens as a possessive
    ("Ann Lee’s plan was attacked by Eva Lind"), else None."""
    if not text.endswith(_POSSESSIVE, owner.start, owner.end):
        return next(filter(None, (_pronoun_owned(text, owner, m) for m in objects)), None)
    for mention in objects:
        if not owner.end < mention.start < owner.end + _REACH:
            continue
        between = text[owner.end : mention.start]
        if any(stop in between for stop in ".!?“”"):
            continue  # another sentence, or a quote between them
        if _BY_AGENT.search(text, max(owner.end, mention.start - 60), mention.start):
            return mention
    return None


def _pronoun_owned(text: str, owner: Mention, mention: Mention) -> Mention | None:
    """The object mention, when it is the doer of a passive sentence after the owner's opening
    with a thing a pronoun owns ("His death was confirmed by his son, Tom Lee"), else None."""
    if mention.start < owner.end or " by " not in text[mention.start - 30 : mention.start]:
        return None
    found = _PRONOUN_OWNED.search(text, max(owner.end, mention.start - 120), mention.start)
    return mention if found else None
