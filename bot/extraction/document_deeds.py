"""Who did the deed a document is named for: "Pellworth recalled 40,000 pumps … the recall
notice said" and "The company issued a voluntary recall … According to the recall notice" are
the recaller's words."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.document_phrases import without_addressee
from bot.extraction.documents import SUBJECT
from bot.extraction.lexicon import NOT_NAMES, ORG_NOUNS
from bot.extraction.lexicons import common_words, person_nouns
from bot.extraction.name_shapes import role_fits
from bot.extraction.sentence_bounds import sentence_at

_REACH = 2500  # characters looked back for the deed
# A body named by its kind opening the sentence: "The company", "The carmaker also".
_BODY_OPENING = re.compile(r"[Tt]he\s+([a-z]+)\s")


# A document named for a deed: "the recall notice", "its closure letter".
_DEED = re.compile(rf"(?:the|its|their|this|that)\s+([a-z]{{4,}})\s+(?:{NOUNS})", re.IGNORECASE)
_DEED_SUFFIX = re.compile(r"(?<=\w\w\w)(?:ion|ure|ing|ment)$")
_VERB_END = re.compile(r"e?[ds]\b")  # "recalled", "closes", "evicted"
# The deed as a noun after a verb of doing it: "issued a voluntary recall", "ordered a closure".
_DEED_DONE = re.compile(
    r"\b(?:issued|announced|launched|ordered|began)\s+(?:a|an|the)\s+(?:[a-z\-]+\s+)?$"
)


def deed_doer(text: str, at: int, phrase: str) -> str | None:
    """Who did the deed a document is named for, as the subject of the verb in a sentence
    before ("Pellworth recalled 40,000 pumps … “…,” the recall notice said": Pellworth)."""
    bare = phrase.strip()
    match = _DEED.fullmatch(without_addressee(bare) or bare)  # "… notice filed with X"
    if match is None:
        return None
    deed = match.group(1).lower()
    stem = _DEED_SUFFIX.sub("", deed)  # "closure" -> "clos" (closed), "eviction" -> "evict"
    here, _ = sentence_at(text, at)
    reach = max(0, here - _REACH)
    found = text.rfind(" " + stem, reach, here)  # a literal test before any pattern
    while found >= reach:
        if _VERB_END.match(text, found + len(stem) + 1):
            start, _ = sentence_at(text, found + 1)
            subject = SUBJECT.match(text[start : found + 2])  # "^" holds only on a slice
            ends = subject is not None and subject.end() == found + 2 - start
            named = ends and subject and role_fits(subject)
            if named and subject and subject.group(1).lower() not in NOT_NAMES:
                return subject.group(1)
        elif _DEED_DONE.search(text, max(reach, found - 40), found + 1):
            start, _ = sentence_at(text, found + 1)  # "The company issued a voluntary recall"
            return deed_subject(text[start : found + 1])
        found = text.rfind(" " + stem, reach, found)
    return None


def deed_subject(sentence: str) -> str | None:
    """The subject opening a sentence: a name, or the noun of a body ("company")."""
    for named in SUBJECT.finditer(sentence):  # "On Friday, Kestrel Motors announced"
        if not role_fits(named):
            continue
        lower = named.group(1).lower()
        plural = lower.endswith("s") and (lower[:-1] in ORG_NOUNS or lower[:-1] in person_nouns())
        if lower not in NOT_NAMES and lower not in common_words() and not plural:
            return named.group(1)  # "Regulators ordered a recall": no one named
    body = _BODY_OPENING.match(sentence)
    return body.group(1) if body and body.group(1) in ORG_NOUNS else None
