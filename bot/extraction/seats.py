"""Governments and bodies named by their seat: "Downing Street said", "the Élysée said"."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["seat_of"]

# Each canonical seat with the other ways news writes it; only seats that news uses as the
# body's own voice ("the White House said"), written without accents and in lower case.
_SEATS: dict[str, tuple[str, ...]] = {
    "Downing Street": ("downing street", "no 10", "no. 10", "number 10", "number ten"),
    "White House": ("white house",),
    "Kremlin": ("kremlin",),
    "Pentagon": ("pentagon",),
    "Élysée": ("elysee", "elysee palace"),
    "Quai d'Orsay": ("quai d'orsay", "quai d’orsay"),
    "Zhongnanhai": ("zhongnanhai",),
    "Blue House": ("blue house",),
    "Vatican": ("vatican",),
    "Holy See": ("holy see",),
    "Whitehall": ("whitehall",),
    "Kantei": ("kantei",),
    "Bundeskanzleramt": ("bundeskanzleramt",),
}
_CANONICAL = {form: seat for seat, forms in _SEATS.items() for form in forms}
_THE = re.compile(r"^[Tt]he\s+")
# Helpers and adverbs between the seat and its verb: "No 10 has since said", "… later added".
_AFTER = re.compile(
    r"(?:\s+(?:has|had|would|will|did|could|also|later|since|then|again|earlier|previously"
    r"|already|swiftly|quickly|today|yesterday)){1,3}$"
)
_AFTER_WORDS = frozenset(
    "has had would will did could also later since then again earlier previously already"
    " swiftly quickly today yesterday".split()
)


def _folded(text: str) -> str:
    """The text in lower case without accents ("Élysée" -> "elysee")."""
    if text.isascii():
        return text.lower()  # no accents, nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def seat_of(phrase: str) -> str | None:
    """The body a phrase names by its seat, as canonically written ("No 10" -> "Downing
    Street", "the Elysée" -> "Élysée"), or None when the phrase is anything else."""
    if len(phrase) > 50:
        return None
    bare = _THE.sub("", phrase.strip(), count=1)
    last = bare.rsplit(None, 1)[-1:]
    if last and last[0] in _AFTER_WORDS:  # the pattern matches only when one ends the phrase
        bare = _AFTER.sub("", bare)
    if not bare[:1].isupper():
        return None  # "the white house on the corner": a house, no seat
    return _CANONICAL.get(_folded(bare))


# A seat before lower-case words: "Downing Street officials", "senior White House aides".
_SEAT_THEN_WORDS = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[a-z]+)\s+)?((?:[A-ZÉ][\w.'’]*\s+){1,3})([a-z][a-z\s\-]*)"
)


def after_seat(phrase: str) -> str | None:
    """The lower-case words after a seat that only describes them ("Downing Street officials"
    -> "officials"), or None when the phrase does not open with a seat."""
    match = _SEAT_THEN_WORDS.fullmatch(phrase.strip())
    if not match or not seat_of(match.group(1).strip()):
        return None
    return match.group(2)
