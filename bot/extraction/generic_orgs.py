"""Nouns any organisation goes by ("the company") and the names set beside them."""

from __future__ import annotations

import re

from bot.extraction.lexicon import NOT_NAMES, ORG_WORDS, TRADE_NOUNS
from bot.extraction.lexicons import common_words, listed_gender
from bot.extraction.sentence_bounds import sentence_start

# Nouns any kind of organisation goes by: "the company said" means the one named last.
GENERIC_ORGS = TRADE_NOUNS | frozenset(
    "company firm group maker developer chain studio publisher label retailer operator"
    " airline manufacturer insurer brand startup business charity outlet network club team"
    " party streamer".split()
)
# Nouns an organisation goes by other than its own words: "the force" for "... Police".
SAME_AS = {
    "force": ("police", "constabulary"),
    "agency": tuple(  # and the international bodies called agencies: "X Organisation for Y"
        "service administration commission bureau authority board department office"
        " ministry organisation organization".split()
    ),
    "regulator": tuple("commission authority board office agency administration bureau".split()),
    "military": ("forces", "army", "command"),  # "the military": "Tessalian Armed Forces"
    "union": ("association", "federation", "guild"),  # "the union": "Wexmoor Education Association"
    "district": ("schools",),  # "the district": "Marlow County Public Schools"
    "cafe": ("café",),  # "the cafe posted": "Café Lumière", its accent dropped
    "theater": ("theatre",),
    "theatre": ("theater",),
}

_GENERIC = "|".join(GENERIC_ORGS)  # one order for every pattern below
# A name described by a generic noun set beside it: "Clean Rivers Trust, a legal group that".
_DESCRIBED = re.compile(
    r"([A-Z][\w’'&\-]*(?: (?:of |for |and |& )?[A-Z][\w’'&\-]*){1,5}), an? (?:[a-z\-]+ ){0,3}"
    rf"(?:{_GENERIC}|organi[sz]ation)\b"
)
# A name set beside a generic noun: "The company that owned the mill, Corbel Textiles, has".
# Its "he " comes first and the word start before it is checked after, so that the search
# skips quickly to each "he " instead of trying the pattern at every character.
BESIDE_NOUN = re.compile(
    rf"he (?<=\b[Tt]he )(?:{_GENERIC})\b[^.,;“”\"]{{0,80}}, "
    r"([A-Z][\w’'&\-]*(?: [A-Z][\w’'&\-]*){0,3}),"
)
# And after "a": "She made the candles with a local firm, Pennine Wax." (the name ends there).
_NAME_AFTER_NOUN = re.compile(
    rf"\b(?:{_GENERIC}), ([A-Z][\w’'&\-]*(?: [A-Z][\w’'&\-]*){{0,3}})[,.]"
)
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n? (?:[a-z\-]+ ){0,2}$")


def beside_indefinite(text: str) -> list[tuple[int, str]]:
    """(position, name) of the names set beside a generic noun after "a" or "an" ("a local
    firm, Pennine Wax,")."""
    return [
        (m.start(1), m.group(1))
        for m in _NAME_AFTER_NOUN.finditer(text)
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]


# The same, the name first: "Quillon, the San Jose-based maker of the Pulse app, unveiled".
NOUN_AFTER = re.compile(rf", (?:the|an?) (?:[\w\-]+ ){{0,3}}(?:{_GENERIC})\b")


# A body's name ending in a body's word, then a relative clause: "Harbour Light Trust, which".
_WHICH = re.compile(r"([A-Z][\w’'&\-]*(?: (?:of |for |and |& )?[A-Z][\w’'&\-]*){1,5}),? which ")


def described_org(lead: str) -> str | None:
    """The last name in `lead` described as an organisation right after it ("X, a legal
    group that") or named as one before a relative clause ("X Foundation, which"), else None."""
    found = None
    for match in _DESCRIBED.finditer(lead):
        found = match.group(1)
    if found is None and " which " in lead:
        for match in _WHICH.finditer(lead):
            if match.group(1).rpartition(" ")[2].lower() in ORG_WORDS:
                found = match.group(1)
    return found


# A business named by its trade's word, plural or not ("Glanmor Creameries"), that "the
# creamery said" means though no list knows the word as a body's.
_THE_NOUN = re.compile(r"[Tt]he ([a-z]{4,})")
_BACK = 3000  # characters looked back for the business
_PATTERNS: dict[str, re.Pattern[str]] = {}  # per noun: a capitalised name ending with it


def _forms(noun: str) -> str:
    """The noun's singular and plural, capitalised: "Creamery|Creameries"."""
    word = noun.capitalize()
    plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return f"{word}|{plural}"


def trade_named(text: str, phrase: str, at: int) -> str | None:
    """The business named last before `at` with the trade word of "the creamery", else None."""
    found = _THE_NOUN.fullmatch(phrase.strip())
    if found is None:
        return None
    noun = found.group(1)
    pattern = _PATTERNS.get(noun)
    if pattern is None:
        pattern = _PATTERNS[noun] = re.compile(
            rf"\b((?:[A-Z][\w’'\-]+ ){{1,3}}(?:{_forms(noun)}))\b"
        )
    names = [m.group(1) for m in pattern.finditer(text, max(0, at - _BACK), at)]
    names = [n.removeprefix("The ") for n in names]  # "The Sunrise Bakery": "Sunrise Bakery"
    names = [n for n in names if " " in n]  # "The Bakery" alone names no business
    if not names or names[-1].split()[0].lower() in common_words():
        return None  # "Many Breweries …": a common word opening a sentence, no name
    return names[-1]


# A name of two words or more opening a sentence, then a verb: "Larchmont Interactive rejected".
_OPENING_NAME = re.compile(r"(?:The )?([A-Z][\w’'&\-]+(?: [A-Z][\w’'&\-]+)+) [a-z]+ed\b")


def subject_since(
    text: str, mentions: list[tuple[int, str]], beside: tuple[int, str], at: int
) -> str:
    """The body a generic noun at `at` means: one named opening the sentence just before
    ("X rejected the claims. In a statement, the company said": X) when that sentence comes
    after the name last set beside such a noun, else that name."""
    start = sentence_start(text, sentence_start(text, at) - 2)
    opening = _OPENING_NAME.match(text, start) if start > beside[0] else None
    name = opening.group(1) if opening else ""
    first = name.partition(" ")[0]
    known = any(pos == opening.start(1) for pos, _ in mentions) if opening else False
    person = first.lower() in NOT_NAMES or listed_gender(first) is not None
    return name if name and (known or not person) else beside[1]
