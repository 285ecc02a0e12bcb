"""Read a headline for names: in Title Case only first-name-led pairs stay capitalised."""

from __future__ import annotations

import re

from bot.extraction.persons import first_name_gender

_WORD = re.compile(r"\S+")
_TITLE_CASE_SHARE = 0.7  # share of longer words capitalised that marks a Title Case headline


def _title_case(words: list[str]) -> bool:
    longer = [word for word in words if len(word) > 3 and word[:1].isalpha()]
    capitalised = sum(1 for word in longer if word[:1].isupper())
    return len(longer) >= 3 and capitalised >= _TITLE_CASE_SHARE * len(longer)


def names_view(headline: str) -> str:
    """`headline` as the name finder should read it (same length): a sentence-case headline as
    it is; in a Title Case one, every word is lowered except a known first name and the
    capitalised word after it ("Mauricio Umansky Hits Back" -> "Mauricio Umansky hits back")."""
    tokens = list(_WORD.finditer(headline))
    if not _title_case([token.group() for token in tokens]):
        return headline
    keep: set[int] = set()
    for index, token in enumerate(tokens[:-1]):
        if tokens[index + 1].group()[:1].isupper() and first_name_gender(token.group()):
            keep.update((index, index + 1))
    pieces, done = [], 0
    for index, token in enumerate(tokens):
        pieces.append(headline[done : token.start()])
        pieces.append(token.group() if index in keep else token.group().lower())
        done = token.end()
    pieces.append(headline[done:])
    return "".join(pieces)
