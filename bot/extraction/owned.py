"""A sentence opening on someone's role and then a name: "Ann Lee's coach, Tom Reyes, …"."""

from __future__ import annotations

import re

from bot.extraction.cues import is_role
from bot.extraction.lexicon import UPPER
from bot.extraction.objects import is_relation

_WORD = rf"[{UPPER}][\w’'.\-]*"
# "Ann Lee's coach Tom Reyes was upbeat", "Lee’s longtime lawyer, Ben Cole, said": the owner,
# the noun for the tie, then the person it names, who is the subject.
# A name of one word only between commas: "Oyelaran's wife, Adaeze, is less patient".
# A role may come between the tie and the name: "Reid's brother, the drummer Callum Reid,".
_OWNED_NAMED = re.compile(
    rf"{_WORD}(?: {_WORD}){{0,3}}['’]s? (?:[a-z\-]+ )?([a-z\-]+)"
    rf"(?:(?:, (?:the|a|an) (?:[a-z\-]+ )?[a-z\-]+)?,? ({_WORD}(?: {_WORD}){{1,3}})"
    rf"(?:,|\s+[a-z])|, ({_WORD}),)"
)


def owned_subject(sentence: str) -> str | None:
    """The name set after a possessive and a role or tie opening a sentence ("Ann Lee's coach
    Tom Reyes spoke": Tom Reyes), else None."""
    match = _OWNED_NAMED.match(sentence)
    if match is None:
        return None
    noun = match.group(1)
    return match.group(2) or match.group(3) if is_role(noun) or is_relation(noun) else None
