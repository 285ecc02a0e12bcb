"""Turning a reader's words into safe FTS5 expressions."""

from __future__ import annotations

import re

from bot.errors import BadArgument

_PART = re.compile(r'["“”]([^"“”]*)["“”]|(\S+)')
_TOKEN = re.compile(r"\w+")
MAX_TERMS = 12


def phrase(text: str) -> str:
    """Normalise one word or phrase to lower-case word tokens joined by spaces ('' if none)."""
    return " ".join(_TOKEN.findall(text.lower()))


def fts_phrase(normalised: str) -> str:
    """An FTS5 phrase for a normalised phrase; tokens are \\w+ only, so nothing can break out."""
    return '"' + normalised.replace('"', '""') + '"'


def search_expression(text: str) -> str:
    """Every word (or "quoted phrase") must appear; returns an FTS5 MATCH expression."""
    terms = []
    for quoted, word in _PART.findall(text):
        normalised = phrase(quoted or word)
        if normalised:
            terms.append(fts_phrase(normalised))
    if not terms:
        raise BadArgument("Tell me what to search for, for example: /search climate summit")
    if len(terms) > MAX_TERMS:
        raise BadArgument(f"That is too many words to search for; use at most {MAX_TERMS}.")
    return " ".join(terms)


def follow_phrase(text: str) -> str:
    """The phrase a follow matches: the whole argument, quoted or not, as one phrase."""
    normalised = phrase(text.strip().strip('"“”'))
    if not normalised:
        raise BadArgument('Tell me a word or "a phrase" to follow, for example: /follow Pokrovsk')
    if len(normalised) > 100:
        raise BadArgument("That phrase is too long to follow; keep it under 100 characters.")
    return normalised
