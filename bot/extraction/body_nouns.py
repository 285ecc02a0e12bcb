"""Nouns WordNet gives for an organisation ("the cooperative", "the consortium", "the
regiment") and the body named before that each stands for."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import ORG_NOUNS
from bot.extraction.lexicons import body_nouns
from bot.extraction.unnamed import STAFF

_THE_NOUN = re.compile(r"[Tt]he ([a-z]+)")
# Staff of a body named by its kind: "officials at the cooperative", "Engineers from the agency".
_STAFF_AT = re.compile(rf"(?:[Tt]he )?(?:{STAFF}|{STAFF.title()}) (?:at|from) the ([a-z]+)")
_BACK = 3000  # characters looked back for a body described by the noun
_PATTERNS: dict[str, re.Pattern[str]] = {}  # per noun: a name set beside it


def body_noun(phrase: str) -> str | None:
    """The noun of "the cooperative" when WordNet lists it for an organisation, or of "officials
    at the cooperative" (or "at the ministry") for a body's staff, else None."""
    found = _THE_NOUN.fullmatch(phrase.strip())
    if found:
        return found.group(1) if found.group(1) in body_nouns() else None
    staff = _STAFF_AT.fullmatch(phrase.strip().rstrip(","))
    noun = staff.group(1) if staff else ""
    return noun if noun in ORG_NOUNS or noun in body_nouns() else None


def described_as(text: str, noun: str, at: int) -> str | None:
    """The name last set beside the noun before `at` ("Marrow Point, a fishing cooperative
    founded in 1952,"), else None."""
    pattern = _PATTERNS.get(noun)
    if pattern is None:
        pattern = _PATTERNS[noun] = re.compile(
            r"([A-Z][\w’'&\-]*(?: (?:of |for |and |& )?[A-Z][\w’'&\-]*){0,5}),"
            rf" (?:an?|the) (?:[\w\-]+ ){{0,3}}{noun}\b"
        )
    names = [m.group(1) for m in pattern.finditer(text, max(0, at - _BACK), at)]
    return names[-1] if names else None


def kind_body(
    kind: str, org: Callable[[str, int], str | None], text: str, phrase: str, at: int
) -> str | None:
    """The body a phrase read as `kind` "none" or "unnamed" stands for by its noun ("the
    cooperative", "officials at the ministry"): the one `org` finds by the noun, else the name
    last set beside it; None for any other phrase or kind."""
    noun = body_noun(phrase) if kind in ("none", "unnamed") else None
    return (org(noun, at) or described_as(text, noun, at)) if noun else None
