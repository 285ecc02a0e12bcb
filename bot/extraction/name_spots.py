"""Where a name stands that keeps it from being whom a pronoun means: on a list of examples
("the likes of X"), or ending or inside an institution's name ("the Keta Institute of Earth
Sciences", "Northfield College Leeds")."""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_WORDS
from bot.extraction.opening_subjects import SENTENCE_END

_EXAMPLES = (" likes of ", " such as ")  # before names given as examples
_OF_BODY = re.compile(r"\b([A-Z][a-z]+) of (?:the )?$")  # "Institute of| Earth Sciences"


def on_example_list(text: str, start: int) -> bool:
    """Whether a name stands on a list of examples ("the likes of X", "such as X")."""
    back = max(0, start - 120)
    found = max(text.rfind(word, back, start) for word in _EXAMPLES)
    return found >= 0 and SENTENCE_END.search(text, found, start) is None


def ends_institution(text: str, start: int) -> bool:
    """Whether a name ends an institution's ("the Keta Institute of Earth Sciences")."""
    if not text.endswith(("of ", "the "), max(0, start - 4), start):
        return False
    found = _OF_BODY.search(text, max(0, start - 30), start)
    return found is not None and found.group(1).lower() in ORG_WORDS


def institution_name(name: str) -> bool:
    """Whether a name of three words or more holds an organisation word before its last, as
    one ending with its city does ("Northfield College Leeds")."""
    words = name.split()
    return len(words) > 2 and any(word.lower() in ORG_WORDS for word in words[:-1])
