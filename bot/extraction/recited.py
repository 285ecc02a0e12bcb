"""Words said, sung or prayed together by a group the narrator is one of, or by a whole room
("we recited together every Monday:", "the pupils recited the pledge:", "we all joined in the
refrain:"): no one's quote, however the group's place is named."""

from __future__ import annotations

import re

# Who recites together: "we", "all of us", "the whole congregation", "the pupils".
_GROUP = (
    r"(?:\b[Ww]e\b|\b[Aa]ll\s+of\s+us\b|\b(?:[Tt]he|[Oo]ur)\s+(?:whole\s+|entire\s+)?(?:congregation"
    r"|class|pupils|children|kids|choir|team|school|audience|hall|room|students|worshippers"
    r"|chorus|scouts|village)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?)"
)
# How: a verb of reciting, praying or singing, or saying "together", "in unison", "as one".
_TOGETHER = (
    r"\b(?:recit(?:e|es|ed|ing)|pray(?:s|ed|ing)?|chant(?:s|ed|ing)?|sang|sing(?:s|ing)?"
    r"|intone[sd]?|join(?:s|ed)?\s+in|(?:said|say|spoke|read)\s+(?:it\s+)?(?:together|in\s+unison"
    r"|as\s+one))\b"
)
_RECITED = re.compile(rf"{_GROUP}[^.!?:;“”\"A-Z]{{0,80}}?{_TOGETHER}([^.!?;“”\"]{{0,120}})[:,]\s*$")
# Someone else speaking after the verb: "what the children sang, and she said:".
_SOMEONE_AFTER = re.compile(r"\b(?:he|she|they|said|says|told|tells|replied|answered|asked)\b")


def recited_together(lead: str) -> bool:
    """Whether the lead's sentence has a group the narrator joins, or a whole room, recite,
    pray or sing the quote together ("At the chapel school we recited every Monday:")."""
    sentence = lead[-260:]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("? "), sentence.rfind("! ")) + 1 :]
    found = _RECITED.search(sentence)
    return found is not None and not _SOMEONE_AFTER.search(found.group(1))
