"""Short forms of an organisation's name, with a hospital's or college's name written without
its noun: "Harrowgate General" for "Harrowgate General Hospital"."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.extraction.acronyms import document_acronym
from bot.extraction.lexicons import is_demonym, is_place
from bot.extraction.orgs import short_forms as first_word_forms
from bot.extraction.persons import first_name_gender

# Nouns of a place of care or learning a name is often written without ("Kelmouth Royal").
_CUT_NOUNS = frozenset(("Hospital", "Clinic", "College", "Infirmary", "Hospice", "University"))


@lru_cache(maxsize=4096)
def short_forms(name: str) -> tuple[str, ...]:
    """The first-word short form of `name` ("Northwind" for "Northwind Games"), its first two
    words when the rest names no place ("Greyfield Capital" for "… Partners"), and its name
    without a last "Hospital", "Infirmary", "College" or the like when two words or more are left
    that do not open with a given name ("Ada Lovell College" is named after Ada Lovell)."""
    words = name.split()
    cut = [" ".join(words[:-1])] if len(words) > 2 and words[-1] in _CUT_NOUNS else []
    cut = [] if cut and first_name_gender(words[0]) else cut
    first = first_word_forms(name)
    return (*first, *cut, *(_two_words(words) if first else []))


def _two_words(words: list[str]) -> list[str]:
    """The first two words of a name of three, when the third is no place: "Greyfield Capital"
    for "Greyfield Capital Partners", not "Fashion Council" for "Fashion Council Wales" (a
    branch of a body, whose place tells it from the others)."""
    if len(words) != 3 or not (words[1].isalpha() and words[1].istitle()):
        return []  # "Harwell College Boat Club": a body within the body the two words name
    if is_place(words[0]) or any(is_place(word) or is_demonym(word) for word in words[2:]):
        return []  # "Florida State" is a body of its own, not "… State Board of Trustees"
    return [" ".join(words[:2])]


def opened_by(
    text: str, mentions: Callable[[], list[tuple[int, str]]], name: str, at: int
) -> str | None:
    """The body named last before `at` whose short form `name` is ("Greyfield Capital" for
    "Greyfield Capital Partners"), else `name`; None for an acronym a document was brought in
    with ("according to the EO" after "Executive Order … (EO 14100)": no issuer named)."""
    if name.isupper() and document_acronym(text, name):
        return None
    if " " not in name or f"{name} " not in text:
        return name  # never followed by more words: no longer name opens with it
    found = [full for pos, full in mentions() if pos < at and name in short_forms(full)]
    return found[-1] if found else name
