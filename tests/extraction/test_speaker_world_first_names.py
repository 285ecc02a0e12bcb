"""First names from many countries (Faker's Latin-script locales): a lone first name in subject
position is a speaker, and its gender tells whom a "he" or "she" means."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import listed_gender
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody came to ask any of us before the vote,”"


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Gergely", "m"),  # Hungarian
        ("Eszter", "f"),
        ("Ondřej", "m"),  # Czech
        ("Zuzana", "f"),
        ("Busisiwe", "f"),  # Zulu
        ("Agus", "m"),  # Indonesian
        ("Siti", "f"),
        ("Dewi", "f"),
    ],
)
def test_first_names_of_other_countries_have_a_gender(name: str, gender: str) -> None:
    assert listed_gender(name) == gender


@pytest.mark.parametrize(
    "word",
    ["Monday", "Jan", "Sept", "Berra", "Rembrandt", "Saddam", "Warwick", "Mutua"],
)
def test_days_months_family_names_and_famous_people_are_no_added_names(word: str) -> None:
    assert listed_gender(word) is None


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("Gergely", "he"), ("Zuzana", "she"), ("Busisiwe", "she"), ("Agus", "he"), ("Eszter", "she")],
)
def test_a_lone_first_name_with_a_clause_after_it_speaks(name: str, pronoun: str) -> None:
    paragraphs = [
        "Traders at the old market say a rise in rents will push them out.",
        f"{name}, who sells shoes near the gate, said the council had not listened."
        f" {_QUOTE} {pronoun} said.",
    ]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        ("Zuzana Horáková, a teacher, and Ondřej Dvořák, a baker,", "he", "Ondřej Dvořák"),
        ("Gergely Varga, a teacher, and Eszter Nagy, a baker,", "she", "Eszter Nagy"),
        ("Siti Rahayu, a nurse, and Agus Santoso, a driver,", "he", "Agus Santoso"),
    ],
)
def test_the_pronoun_finds_the_person_of_its_gender(
    opening: str, pronoun: str, speaker: str
) -> None:
    paragraphs = [
        f"{opening} spent the night on the roof of the school.",
        f"“We could hear the water rising under us all night long,” {pronoun} said.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_day_of_the_week_opening_a_sentence_is_no_speaker() -> None:
    paragraphs = [
        "Monday, which the council set as the last day for appeals, came and went.",
        f"{_QUOTE} said Tomasz Wrona, a stallholder.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Wrona"]
