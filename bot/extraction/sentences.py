"""A fast rule-based sentence splitter tuned for news prose."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extraction.lexicon import TITLE_ABBREVIATIONS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations that never end a sentence when followed by a capitalised word.
_TITLES = TITLE_ABBREVIATIONS | _words("sr jr st mt ft vs etc al approx dept est fig op vol ch pp")
# Abbreviations that end a sentence only when the next word is a typical sentence opener.
_AMBIGUOUS = _words(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd llc plc bros no nos"
)
_OPENERS = _words(
    "The A An He She It They We I You This That These Those But And Or So Yet In On At"
    " For If When While After Before As His Her Its Their Our There Here Then Now"
)
# Possessive quantifiers: the pieces cannot overlap, so backtracking only wastes time.
_BOUNDARY = re.compile(r"[.!?…]++[”\"’')\]]*+\s++(?=[“\"‘'(\[]?[A-Z0-9])")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
_WORD_AT = re.compile(r"\S+")


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token ending at `end`, without leading punctuation."""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].lstrip("“\"‘'([")


def _next_word(text: str, pos: int) -> str:
    match = _WORD_AT.match(text, pos)
    return match.group().lstrip("“\"‘'([") if match else ""


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Whether a candidate boundary that starts with a single full stop ends a sentence."""
    at = match.start()
    if text[at + 1 : at + 2] == ".":
        return True  # an ellipsis
    token = _token_before(text, at)
    if not token:
        return True
    lower = token.lower()
    if lower in _TITLES and token[0].isupper():
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. K. Rowling"
    if lower in _AMBIGUOUS or _DOTTED.search(token):
        return _next_word(text, match.end()) in _OPENERS
    return True


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations, initials and decimals intact."""
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[str]:
    """The sentences of `split_sentences`, one at a time, so a reader that needs only the
    first few never splits all of a huge paragraph."""
    text = text.strip()
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] != "." or _is_boundary(text, match):
            end = match.end()
            yield text[start:end].rstrip()
            start = end
    if start < len(text):
        yield text[start:]
