"""A document its issuer brings in, then the subject of a clause of "that" or "which" carrying
the quote: "The X Board published a notice that described the rise as “…”" reads the notice,
whose issuer (the subject of the sentence) speaks; and a document opening the sentence with its
sender in a clause: "A notice the X Board sent to owners reads: “…”"."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.document_owners import NOT_MANY, SENDING
from bot.extraction.lexicon import UPPER

_RELATIVE = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}({NOUNS})\s+(?:that|which)\s+"
    r"(?:also\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b(?:[^.!?“”]|“[^“”]*”)*$"
)

# "A notice the X Board sent to owners reads:", "A letter that Ann Ode wrote says".
_SENT_OPENING = re.compile(
    rf"(?:^|[.!?]\s+)An?\s+(?:[\w\-]+\s+){{0,2}}({NOUNS})\s+(?:that\s+)?(?:the\s+)?"
    rf"(?:{NOT_MANY}[a-z\-]+\s+){{0,3}}?[{UPPER}][^.,“”]{{0,80}}?\s(?:had\s+)?{SENDING}\b[^.,“”]{{0,60}}?"
    r"\s+(?:[a-z]+ly\s+)?(?:read|[a-z]{3,}s)\b(?:[^.!?“”]|“[^“”]*”)*$"
)

# A document opening the sentence, then a word on how it reads and a colon: "The notice itself
# is blunt:", "Its letter was brief:".
_PLAIN_COLON = re.compile(
    rf"(?:^|[.!?]\s+)(?:The|Its|Their|His|Her)\s+(?:(?:wording|language|tone|text)\s+of\s+the\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}({NOUNS})(?:\s+itself)?\s+(?:is|was)\s+(?:[a-z]+ly\s+)?[a-z]+:\s*$"
)
# Told something in the document: "Owners were told in the notice that the rise was “…”".
_TOLD_IN = re.compile(
    r"\b(?:were|was|are|is|been)\s+(?:told|informed|warned|reminded|assured|advised)\s+in\s+"
    rf"(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}({NOUNS})\b(?:[^.!?“”]|“[^“”]*”)*$"
)


def sent_opening(lead: str) -> bool:
    """Whether a lead opens its last sentence with a document and its sender ("A notice the X
    Board sent to owners reads:")."""
    return "A" in lead and _SENT_OPENING.search(lead) is not None


def relative_document(recent: str) -> str | None:
    """The document ("the notice") that is the subject of the clause of "that" or "which" a
    lead ends in before its quote, else None."""
    sent = _SENT_OPENING.search(recent) if "A" in recent else None
    if sent:
        return f"the {sent.group(1)}"  # "A notice the X Board sent to owners reads:"
    plain = _PLAIN_COLON.search(recent) if recent.rstrip().endswith(":") else None
    if plain:
        return f"the {plain.group(1)}"  # "The notice itself is blunt:"
    told = _TOLD_IN.search(recent) if " in " in recent else None
    if told:
        return f"the {told.group(1)}"  # "Owners were told in the notice that"
    if " that " not in recent and " which " not in recent:
        return None
    found = _RELATIVE.search(recent)
    return f"the {found.group(1)}" if found else None
