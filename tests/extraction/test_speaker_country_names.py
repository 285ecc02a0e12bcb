"""A country or region known by a name the gazetteer's country list does not use ("Britain",
"Scotland", "England") is a place, never the one who speaks after a pronoun; people whose
surname is such a word still speak under it."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import is_place
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    "place",
    ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Bavaria"],
)
def test_the_name_is_a_place(place: str) -> None:
    assert is_place(place)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Dora Villalobos grew up in Bilbao.",
                "She came to Britain on a scholarship in 1972 and, as she later put it, "
                "“never quite worked out how to go home again.”",
            ],
            "Dora Villalobos",
        ),
        (
            [
                "Tobias Wren was born in Leeds.",
                "He moved to Scotland in 1980 and, as he put it, "
                "“found the only place colder than Yorkshire.”",
            ],
            "Tobias Wren",
        ),
        (
            [
                "Anneke Roos was born in Utrecht.",
                "She went to England in 1959 and, as she liked to put it, "
                "“stayed for the weather, which is a joke.”",
            ],
            "Anneke Roos",
        ),
    ],
)
def test_the_pronoun_is_the_person(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We knew the software was wrong from the first week of trials,” said Piet Holland, "
            "the project lead.",
            "Piet Holland",
        ),
        (
            "“Anyone can edit a page, and that was always the whole idea,” Jimmy Wales said.",
            "Jimmy Wales",
        ),
        (
            "“The team gave everything this season and deserved a win,” Laura England said.",
            "Laura England",
        ),
    ],
)
def test_a_surname_like_a_place_still_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]
