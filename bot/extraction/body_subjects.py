"""A body a sentence's subject stands for: a body by its kind ("The service said …") or a
body's document ("The preliminary report of the X Board …")."""

from __future__ import annotations

import re

from bot.extraction.document_kinds import NOUNS
from bot.extraction.document_owners import AUTHORED, without_the
from bot.extraction.lexicon import ORG_NOUNS, SPEECH_VERB
from bot.extraction.lexicons import common_words, is_place, listed_gender
from bot.extraction.runs import is_org
from bot.extraction.sentence_openers import opens_sentence

# A sentence whose subject is a body by its kind: "The service said …", "But the agency added".
_KIND_SUBJECT = re.compile(
    r"(?:(?:But|And|Later),?\s+)?[Tt]he\s+([a-z]+)\s+(?:also\s+|later\s+)?(?:"
    + SPEECH_VERB.pattern
    + r"|[a-z]{2,}ed|has|had|did|does|was|is|would|will)\b"  # "The ministry rejected that."
)
# A sentence whose subject is a body's document: "The preliminary report of the X Board, …".
_DOCUMENT_OF = re.compile(
    rf"(?:But |And )?[Tt]he\s+(?:[a-z\-]+\s+){{0,2}}(?:{AUTHORED})\s+(?:of|by|from)\s+"
    r"(?:the\s+)?((?:[A-Z][\w’'\-]*\s+(?:of\s+|for\s+|and\s+)*){0,5}[A-Z][\w’'\-]*)"
)


def kind_subject(sentence: str) -> str | None:
    """The noun for a body ("service") a sentence opens with as a verb's subject ("The service
    said …", "The ministry rejected that.")."""
    found = _KIND_SUBJECT.match(sentence.strip())
    return found.group(1) if found and found.group(1) in ORG_NOUNS else None


def issuer_subject(sentence: str) -> str | None:
    """The body whose document a sentence opens with ("The report of the X Board"), else None."""
    found = _DOCUMENT_OF.match(sentence.strip())
    return found.group(1) if found and is_org(found.group(1)) else None


# A sentence opened by someone's paper: "Valdemora's statement, released at midnight, was
# brief.", "The trust's statement was short.", "Halden’s support page has an article on this.":
# the owner, a name or a body's kind.
_OWNED_PAPER = re.compile(
    r"(?:But |And )?(?:[Tt]he\s+([a-z]+)|([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))[’']s\s+"
    rf"(?:[a-z\-]+\s+)?(?:{NOUNS}|reply|response)\b"
)


# A sentence opened by a post on someone's page: "A post on the Renewal Party’s official
# account accused …", "A video on the ministry's channel showed …".
_POSTED_ON_OWNER = re.compile(
    r"(?:But |And )?(?:An?|The)\s+(?:[a-z\-]+\s+)?(?:post|statement|message|video|update|note)"
    r"\s+(?:on|in)\s+(?:[Tt]he\s+([a-z]+)|(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))"
    r"[’']s\s+(?:[a-z\-]+\s+){0,2}(?:account|page|channel|feed|website|site|blog)\b"
)


def paper_owner(sentence: str) -> tuple[str, bool] | None:
    """(the owner, whether it is a body's kind) of a paper a sentence opens with, else None."""
    owned = "’s " in sentence or "'s " in sentence  # the paper's owner is always possessive
    found = _OWNED_PAPER.match(sentence.strip()) if owned else None
    found = found or (_POSTED_ON_OWNER.match(sentence.strip()) if owned else None)
    if found is None or (found.group(1) and found.group(1) not in ORG_NOUNS):
        return None
    if found.group(1):
        return found.group(1), True
    name = found.group(2)  # "The Kestrel Harbour Board’s statement": no "The" in the name
    return without_the(name), False


_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w\-]*\s){1,3})$")  # "Real |Valdemora", "Athletic |X"


def in_full(text: str, word: str, places: list[int], at: int) -> str | None:
    """The fuller name a one-word short form is written in before `at` ("Real Valdemora" for
    "Valdemora"): capitalised words right before it mid-sentence, or opening a sentence when
    none of them is a common word; else None."""
    for place in places:
        if place >= at:
            break
        found = _WORDS_BEFORE.search(text, max(0, place - 40), place)
        if found is None:
            continue
        words = found.group(1).split()
        if not opens_sentence(text, found.start()) or not any(
            each.lower() in common_words() for each in words
        ):
            return " ".join([*words, word])
    return None


# A sentence whose subject runs a business: "Tarnby Ferries runs the route", "Kelmar Haulage
# operates forty lorries", "Vossberg Quarries employs 200 people".
_BUSINESS = re.compile(
    r"(?:But |And )?(?:The )?((?:[A-Z][\w’'&\-]*\s+){0,3}[A-Z][\w’'&\-]*)\s+"
    r"(?:also\s+|now\s+|still\s+)?"
    r"(?:runs|operates|owns|sells|employs|makes|builds|supplies|manufactures|produces"
    r"|distributes|ran|operated|owned|sold|employed)\b"
)


def business_subject(sentence: str) -> str | None:
    """The name a sentence opens with as the subject of a business verb, when it is no
    person's (its first word no first name): a company the article knows by no list."""
    found = _BUSINESS.match(sentence.strip())
    if found is None or listed_gender(found.group(1).split()[0]) or is_place(found.group(1)):
        return None
    return found.group(1)
