"""Word lists read from data files made for the job: first names with genders, places,
occupations and common English words.

The files in `data/` name their source and licence in their header. They are read once, on
first use, so that importing extraction stays cheap.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _first_names() -> dict[str, str]:
    pairs = (line.split("\t") for line in _lines("first_names.tsv"))
    return {name: gender for name, gender in pairs}


@cache
def _places() -> frozenset[str]:
    return frozenset(_lines("places.txt"))


@cache
def common_words() -> frozenset[str]:
    """Very common lower-case English words that are not first names ("among", "had", "top")."""
    return frozenset(_lines("common_words.txt"))


@cache
def occupations() -> frozenset[str]:
    """Lower-case occupations that head a job title ("geologist", "archivist", "surveyor")."""
    return frozenset(_lines("occupations.txt"))


def listed_gender(first: str) -> str | None:
    """'m' or 'f' for a first name on the census list ("Ada" -> 'f'), else None."""
    return _first_names().get(first[:1].upper() + first[1:].lower())


def is_place(name: str) -> bool:
    """Whether `name` is a country, capital, US state, continent or city of 100,000 or more."""
    return name in _places()
