"""A business named by its trade's word, plural or not ("Glanmor Creameries"), that "the
creamery said" means though no list knows the word as a body's."""

from __future__ import annotations

import re

from bot.extraction.lexicons import common_words

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
    names = [n for n in names if not n.startswith("The ")]
    if not names or names[-1].split()[0].lower() in common_words():
        return None  # "Many Breweries …": a common word opening a sentence, no name
    return names[-1]
