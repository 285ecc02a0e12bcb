"""Turning a reader's words into a search query or a followed phrase (no storage syntax here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import BadArgument

_PART = re.compile(r'["“”]([^"“”]*)["“”]|(\S+)')
_TOKEN = re.compile(r"\w+")
MAX_TERMS = 12
MAX_FOLLOW = 100


@dataclass(frozen=True, slots=True)
class Term:
    """Words that must appear together and in this order (a single word is a one-word term)."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Articles match when every term appears in their headline, body or quotes."""

    terms: tuple[Term, ...]


def phrase(text: str) -> str:
    """Normalise one word or phrase to lower-case word tokens joined by spaces ('' if none)."""
    return " ".join(_TOKEN.findall(text.lower()))


def parse_search(text: str) -> SearchQuery:
    """Every word (or "quoted phrase") must appear."""
    terms = []
    for quoted, word in _PART.findall(text):
        words = tuple(phrase(quoted or word).split())
        if words:
            terms.append(Term(words))
    if not terms:
        raise BadArgument("Tell me what to search for, for example: /search climate summit")
    if len(terms) > MAX_TERMS:
        raise BadArgument(f"That is too many words to search for; use at most {MAX_TERMS}.")
    return SearchQuery(tuple(terms))


def follow_phrase(text: str, verb: str = "follow") -> str:
    """The phrase a follow (or mute) matches: the whole argument, quoted or not, as one phrase."""
    normalised = phrase(text.strip().strip('"“”'))
    if not normalised:
        example = "Pokrovsk" if verb == "follow" else '"transfer window"'
        raise BadArgument(f'Tell me a word or "a phrase" to {verb}, for example: /{verb} {example}')
    if len(normalised) > MAX_FOLLOW:
        raise BadArgument(f"That phrase is too long to {verb}; keep it under 100 characters.")
    return normalised
