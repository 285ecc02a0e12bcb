"""The document "“…,” it reads." points back to when no sentence before opens with it: "The Port
Board sent a notice to owners. “…,” it reads." reads the notice, the last document the sentence
before names; a body never "reads", so the pronoun cannot be one."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.written_things import WRITTEN_THING

_READS = re.compile(r"[\s,]*it\s+(?:reads|read|begins|began|ends|ended|continues|continued)\b")
# A document named anywhere in the sentence: "sent a notice", "in a two-page letter", "notices".
_NAMED = re.compile(
    rf"\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:[a-z\-]+\s+){{0,2}}"
    rf"({NOUNS})s?|({NOUNS})s)\b(?!’s|'s)"  # a bare noun only as a plural ("was brief")
)
_OWNED = re.compile(r"[’']s\s+(?:[a-z\-]+\s+){0,2}$")
_END = re.compile(r"[.!?][”’\"]?\s+(?=[“\"‘]?[A-Z])")
_BACK = 300  # characters read back for the sentence before the quote


def reads_back(tail: str) -> bool:
    """Whether a tail says "it reads" (or "it begins"): a document's words, never a body's."""
    return _READS.match(tail) is not None


def read_back(tail: str, before: str) -> str | None:
    """For a tail "it reads" after a quote opening its sentence, the document named last in
    the sentence before ("the notice"), else None; none when that sentence also has a thing
    read out that is nobody's words ("painted a sign about the notice")."""
    if not _READS.match(tail):
        return None
    recent = before.rstrip(' “"')[-_BACK:]
    ends = [m.end() for m in _END.finditer(recent, 0, max(0, len(recent) - 2))]
    sentence = recent[ends[-1] if ends else 0 :]
    found = list(_NAMED.finditer(sentence))
    if not found or WRITTEN_THING.search(sentence.lower()):
        return None
    if _OWNED.search(sentence, 0, found[-1].start()):
        return None  # "Valdemora’s circular, released at midnight, was brief.": its owner's rules
    return f"the {found[-1].group(1) or found[-1].group(2)}"
