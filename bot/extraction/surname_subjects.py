"""A bare surname shortly after a sentence that opened with someone of that surname named in
full ("Maarten Verhoeven said …. “…,” Verhoeven said."): that person, not the one named most."""

from __future__ import annotations

from bot.extraction.mentions import name_goes_on
from bot.extraction.names import People
from bot.extraction.persons import first_name_gender

_REACH = 400  # characters back: the same paragraph or the one before, in practice
_OPENERS = (". ", "! ", "? ", ".” ", "\n")


def _opens(before: str) -> bool:
    """Whether a sentence or paragraph starts after `before` (not after "K." or "Dr.")."""
    if not before.endswith(_OPENERS):
        return False
    last = before.split()[-1] if before.split() else ""
    return not (last.endswith(".") and len(last) <= 4 and last[:1].isupper())


def surname_opener_before(people: People, surname: str, at: int, kind: str) -> str | None:
    """The full name opening a sentence within reach before `at`, when it is the last full name
    written with `surname` and others share the surname; else None."""
    if kind != "name" or " " in surname or at < 0:
        return None  # a surname of one word: particles are settled elsewhere
    text = people.text
    start = max(0, at - _REACH)
    end = at
    while (found := text.rfind(" " + surname, start, end)) > start:
        end = found
        after = found + 1 + len(surname)
        if after < len(text) and (text[after].isalpha() or text[after] in "-’'"):
            continue  # "Verhoevens", part of a longer word
        if text[after : after + 1] == " " and name_goes_on(text, after + 1):
            return None  # "Ana García López": the surname is one part of a longer one
        words = text[max(start, found - 30) : found].split()
        if not words or not words[-1][:1].isupper() or not first_name_gender(words[-1]):
            continue  # a bare surname, or a word before it that is no first name
        full = f"{words[-1]} {surname}"
        opening = found - len(words[-1])
        if opening > 0 and not _opens(text[max(0, opening - 40) : opening]):
            return None  # the last one named in full does not open its sentence
        if people.full_name(full, at) != full:
            return None  # "Van Houten" opening a sentence is "Pieter van Houten"
        return full if people.full_name(surname, at) != full else None
    return None
