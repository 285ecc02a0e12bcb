"""A name opening a clause joined by ", and" or ", but" and saying something is its subject."""

from __future__ import annotations

import re

from bot.extraction.lexicon import SPEECH_VERB

_JOINERS = (", and ", ", but ", "; and ", "; but ")
# The speech verb right after the name, an adverb allowed: "Drummond later said".
_SAYS_NEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+|later\s+|also\s+|then\s+)?(?:" + SPEECH_VERB.pattern + ")"
)


def opens_joined_clause(text: str, begin: int, end: int) -> bool:
    """Whether a name right after ", and" or ", but" is followed by a speech verb ("They host
    the Wolves on Tuesday, and Drummond said"): the subject of a new clause, not an object."""
    if not text.endswith(_JOINERS, max(0, begin - 6), begin):
        return False
    return _SAYS_NEXT.match(text, end) is not None
