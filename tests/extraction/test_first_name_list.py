"""First names beyond the 1990 census come from the Social Security Administration's baby names:
their gender tells whom a "he" or "she" means."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import listed_gender
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Imogen", "f"),
        ("Gideon", "m"),
        ("Aoife", "f"),
        ("Priya", "f"),
        ("Kwame", "m"),
        ("Yusuf", "m"),
    ],
)
def test_names_the_census_lacks_have_a_gender(name: str, gender: str) -> None:
    assert listed_gender(name) == gender


@pytest.mark.parametrize(
    "word", ["Heaven", "Serenity", "Maverick", "Paisley", "Brooklyn", "London"]
)
def test_words_english_also_writes_in_lower_case_or_places_are_no_listed_names(word: str) -> None:
    assert listed_gender(word) is None


def test_she_means_the_woman_whose_name_only_the_baby_names_know() -> None:
    paragraphs = [
        "Imogen Tate, a nurse, was on the bank when Gideon Marsh pulled the boy out.",
        "“I have never seen anyone move that fast in my whole life,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Imogen Tate"]


def test_he_means_the_man_whose_name_only_the_baby_names_know() -> None:
    paragraphs = [
        "Aoife Brennan chaired the meeting at which Kwame Mensah spoke for the tenants.",
        "“We have waited six years for a single answer from the council,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Mensah"]
