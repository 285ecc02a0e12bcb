"""A body a sentence's subject stands for: a body by its kind ("The service said …") or a
body's document ("The preliminary report of the X Board …")."""

from __future__ import annotations

import re

from bot.extraction.document_owners import AUTHORED
from bot.extraction.lexicon import ORG_NOUNS, SPEECH_VERB
from bot.extraction.runs import is_org

# A sentence whose subject is a body by its kind: "The service said …", "But the agency added".
_KIND_SUBJECT = re.compile(
    r"(?:(?:But|And|Later),?\s+)?[Tt]he\s+([a-z]+)\s+(?:also\s+|later\s+)?(?:"
    + SPEECH_VERB.pattern
    + r")\b"
)
# A sentence whose subject is a body's document: "The preliminary report of the X Board, …".
_DOCUMENT_OF = re.compile(
    rf"(?:But |And )?[Tt]he\s+(?:[a-z\-]+\s+){{0,2}}(?:{AUTHORED})\s+(?:of|by|from)\s+"
    r"(?:the\s+)?((?:[A-Z][\w’'\-]*\s+(?:of\s+|for\s+|and\s+)*){0,5}[A-Z][\w’'\-]*)"
)


def kind_subject(sentence: str) -> str | None:
    """The noun for a body ("service") a sentence opens with as a speech verb's subject."""
    found = _KIND_SUBJECT.match(sentence.strip())
    return found.group(1) if found and found.group(1) in ORG_NOUNS else None


def issuer_subject(sentence: str) -> str | None:
    """The body whose document a sentence opens with ("The report of the X Board"), else None."""
    found = _DOCUMENT_OF.match(sentence.strip())
    return found.group(1) if found and is_org(found.group(1)) else None
