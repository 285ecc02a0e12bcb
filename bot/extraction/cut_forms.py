"""Short forms of an organisation's name, with a hospital's or college's name written without
its noun: "Harrowgate General" for "Harrowgate General Hospital"."""

from __future__ import annotations

from bot.extraction.orgs import short_forms as first_word_forms
from bot.extraction.persons import first_name_gender

# Nouns of a place of care or learning a name is often written without ("Kelmouth Royal").
_CUT_NOUNS = frozenset(("Hospital", "Clinic", "College", "Infirmary", "Hospice", "University"))


def short_forms(name: str) -> list[str]:
    """The first-word short form of `name` ("Northwind" for "Northwind Games"), and its name
    without a last "Hospital", "Infirmary", "College" or the like when two words or more are left
    that do not open with a given name ("Ada Lovell College" is named after Ada Lovell)."""
    words = name.split()
    cut = [" ".join(words[:-1])] if len(words) > 2 and words[-1] in _CUT_NOUNS else []
    cut = [] if cut and first_name_gender(words[0]) else cut
    return [*first_word_forms(name), *cut]
