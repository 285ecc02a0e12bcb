"""Nouns WordNet gives for an organisation ("the cooperative", "the consortium", "the
regiment") and the body named before that each stands for."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicons import body_nouns

_THE_NOUN = re.compile(r"[Tt]he ([a-z]+)")
_BACK = 3000  # characters looked back for a body described by the noun
_PATTERNS: dict[str, re.Pattern[str]] = {}  # per noun: a name set beside it


def body_noun(phrase: str) -> str | None:
    """The noun of "the cooperative" when WordNet lists it for an organisation, else None."""
    found = _THE_NOUN.fullmatch(phrase.strip())
    return found.group(1) if found and found.group(1) in body_nouns() else None


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
    org: Callable[[str, int], str | None], text: str, phrase: str, at: int
) -> str | None:
    """The body "the cooperative" stands for: the one `org` finds by the noun (a name ending
    with it), else the name last set beside it; None for a noun WordNet gives no body."""
    noun = body_noun(phrase)
    return (org(noun, at) or described_as(text, noun, at)) if noun else None
