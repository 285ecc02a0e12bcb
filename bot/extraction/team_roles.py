"""A name after a club or firm and a role that opens its sentence ("Kestrel manager Obafemi
Ladipo-Hart was diplomatic.", "Asked about it, Kestrel manager X was diplomatic.", "Farmer X
spent the night …")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ROLE_NOUNS
from bot.extraction.lexicons import is_person_noun

# "Kestrel manager ", "Harlow Tread chief executive " right before a name.
_TEAM_ROLE = re.compile(r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)? (?:[a-z\-]+ )?([a-z\-]+) $")
# Where such an opening may start: a sentence's start, or after a question put ("Asked about
# the penalty, ", "Pressed on the fee, ").
_OPENS = re.compile(r"(?:^|[.!?] |\n)$")
_ASKED = re.compile(r"(?:^|[.!?] |\n)(?:Asked|Pressed|Questioned)\b[^.!?“”\"]{0,100}, $")
_BACK = 60  # characters read before the name for the club and role
_ROLE_ALONE = re.compile(r"\b([A-Z][a-z\-]+) $")  # "Farmer ", "Meteorologist " before a name
_ASKED_REACH = 120  # the longest "Asked …, " clause the pattern can match, and some


def opens_after_team_role(text: str, start: int) -> bool:
    """Whether a name at `start` follows a club or firm and a listed role that open its
    sentence, or the clause after a question put to the one named; or a role alone, capitalised
    to open the sentence ("Farmer Geraint Probert-Hughes spent the night …")."""
    alone = _ROLE_ALONE.search(text, max(0, start - 30), start)
    if alone and _OPENS.search(text, max(0, alone.start() - 2), alone.start()):
        return alone.group(1).lower() in ROLE_NOUNS or is_person_noun(alone.group(1).lower())
    found = _TEAM_ROLE.search(text, max(0, start - _BACK), start)
    if found is None or found.end() != start or found.group(1) not in ROLE_NOUNS:
        return False
    lead = found.start()
    if _OPENS.search(text, max(0, lead - 2), lead):
        return True
    return _ASKED.search(text, max(0, lead - _ASKED_REACH), lead) is not None
