"""A body's staff named by its kind ("officials at the cooperative") and a body described by a
noun WordNet gives for an organisation ("Marrow Point, a fishing cooperative")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import ORG_NOUNS
from bot.extraction.lexicons import body_nouns
from bot.extraction.unnamed import STAFF

# Staff of a body named by its kind: "officials at the cooperative", "Engineers from the agency".
_STAFF_AT = re.compile(rf"(?:[Tt]he )?(?:{STAFF}|{STAFF.title()}) (?:at|from) the ([a-z]+)")
_BACK = 3000  # characters looked back for a body described by the noun
_PATTERNS: dict[str, re.Pattern[str]] = {}  # per noun: a name set beside it


def staff_noun(phrase: str) -> str | None:
    """The noun for a body of "officials at the cooperative" ("at the ministry"), else None."""
    staff = _STAFF_AT.fullmatch(phrase.strip().rstrip(","))
    return staff.group(1) if staff and staff.group(1) in ORG_NOUNS else None


def described_as(text: str, noun: str, at: int) -> str | None:
    """For a noun WordNet gives for an organisation, the name last set beside it before `at`
    ("Marrow Point, a fishing cooperative founded in 1952,"), else None."""
    if noun not in body_nouns():
        return None
    pattern = _PATTERNS.get(noun)
    if pattern is None:
        pattern = _PATTERNS[noun] = re.compile(
            r"([A-Z][\w’'&\-]*(?: (?:of |for |and |& )?[A-Z][\w’'&\-]*){0,5}),"
            rf" (?:an?|the) (?:[\w\-]+ ){{0,3}}{noun}\b"
        )
    names = [m.group(1) for m in pattern.finditer(text, max(0, at - _BACK), at)]
    return names[-1] if names else None


def staff_of_kind(
    kind: str, org: Callable[[str, int], str | None], phrase: str, at: int
) -> str | None:
    """The body whose staff a phrase read as unnamed people names by its kind ("officials at
    the cooperative"): the one `org` finds by the noun; None for any other phrase or kind."""
    noun = staff_noun(phrase) if kind == "unnamed" else None
    return org(noun, at) if noun else None
