"""Whose a document phrase says it is: "the agency's report" is the agency's, "the firm's letter
to staff" is the letter's, whoever it was sent to; and which body "his company" is."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import KIND_OF, NOUNS
from bot.extraction.lexicon import ORG_NOUNS, ROLE_NOUNS, UPPER

# Papers a role word can describe: "the teacher lawsuit", "a nurse survey" are no people.
PAPERS = frozenset(KIND_OF) | frozenset("lawsuit suit complaint petition".split())
# Whose document: "the Harbour Office’s statement", "the company's latest report".
_DOCUMENT_OF = re.compile(
    rf"(?:[Tt]he\s+)?((?:[{UPPER}][\w.&\-]*\s+){{0,4}}[{UPPER}][\w.&\-]*|[a-z]+)(?:’s|'s|’|')"
    r"\s+(?:[a-z\-]+\s+){0,2}([a-z]+)"
)


def document_of(phrase: str) -> tuple[str, str] | None:
    """(kind, owner) of a document credited by its owner: "the agency's report" -> the agency."""
    if "’" not in phrase and "'" not in phrase:
        return None  # no possessive: the pattern cannot match, and is slow to find that out
    match = _DOCUMENT_OF.fullmatch(phrase)
    if match is None or match.group(2).lower() not in PAPERS:
        return None
    owner = match.group(1)
    if owner.islower() and owner in ROLE_NOUNS:
        return "role", f"the {owner}"  # "the judge's order": the judge the article named
    if owner.islower():
        return ("org", owner) if owner in ORG_NOUNS else None
    return "name", owner


# A body someone's own, by its kind: "his company", "their union", "her record label". Kinds
# that as often mean the people around someone ("her team", "his office") are left out.
_OWNED_BODY = re.compile(r"(?:his|her|their|its) (?:[a-z\-]+ )?([a-z]+)")
_AROUND_SOMEONE = frozenset("team office group unit force".split())


def owned_body(lower: str) -> tuple[str, str] | None:
    """("org", kind) for a body credited by its owner's pronoun ("his company said": the
    company the article named), else None."""
    match = (
        _OWNED_BODY.fullmatch(lower)
        if lower.startswith(("his ", "her ", "their ", "its "))
        else None
    )
    kind = match.group(1) if match else ""
    return ("org", kind) if kind in ORG_NOUNS and kind not in _AROUND_SOMEONE else None


# A document and whom it was sent to: "the company's letter to staff", "its pitch to them".
_ADDRESSED = re.compile(
    rf"(.*\b(?:{NOUNS}))\s+(?:(?:filed|sent|submitted|posted|lodged)\s+(?:with|to|on)|to)\s+"
    r"(?:[a-z\-]+\s+){0,2}[a-z\-]+"
)


def without_addressee(phrase: str) -> str | None:
    """A document phrase without whom it was sent to ("X's letter to staff" -> "X's letter",
    "the recall notice filed with the agency" -> "the recall notice"), else None."""
    if " to " not in phrase and " with " not in phrase and " on " not in phrase:
        return None
    match = _ADDRESSED.fullmatch(phrase)
    return match.group(1) if match else None


# A copy of someone's document, and who saw it: "a copy of its final proposal seen by reporters".
_COPY_OF = re.compile(
    r"(?:a|the)\s+copy\s+of\s+((?:his|her|their|its|the)\s+.+?)"
    r"(?:\s+(?:(?:seen|obtained|reviewed)\s+by|shared\s+with)\s+.+)?",
    re.IGNORECASE,
)


def copied(phrase: str) -> str:
    """The document a copy is of ("a copy of its final proposal seen by reporters": "its
    final proposal"), else the phrase as it is."""
    copy = phrase.lower().startswith(("a copy ", "the copy "))
    found = _COPY_OF.fullmatch(phrase) if copy else None
    return found.group(1) if found else phrase
