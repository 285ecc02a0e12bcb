"""Whether a name is already set beside a role before it: "the prosecutor, Callum Dunleavy,"."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun

_BACK = 40  # characters read before a name for the role it is set beside
# A role with its determiner and at most one modifier, then the comma that sets a name beside it.
_ROLE_BESIDE = re.compile(r"\b(?:the|a|an|his|her|their|its) (?:[a-z\-]+ )?([a-z\-]+), \Z")


def beside_earlier_role(text: str, start: int) -> bool:
    """Whether the name at `start` follows a role it is set beside ("Questioned by the
    prosecutor, Callum Dunleavy, the foreman said"), so a role after it is the next subject's."""
    if text[start - 2 : start] != ", ":
        return False  # the cheap test
    found = _ROLE_BESIDE.search(text, max(0, start - _BACK), start)
    if found is None:
        return False
    noun = found.group(1)
    return noun in ROLE_NOUNS or is_person_noun(noun)
