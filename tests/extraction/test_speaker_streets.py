"""A street ("her home on Carrow Lane") is no one who speaks, unless a first name opens it
("Nathan Lane")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We never thought the water would come this far up the hill,”"


@pytest.mark.parametrize(
    "opening",
    [
        "Edna Pyle died at her home on Carrow Lane last week.",
        "Fire crews closed Wexley Road on Sunday night.",
        "Boats were sent down Orchard Avenue after midnight.",
        "Families on Maple Crescent were told to leave.",
        "Water reached the pub on Tolley Street by dawn.",
    ],
)
def test_a_street_does_not_speak(opening: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} he said."]) == [None]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Nathan Lane walked to the stage.", "Nathan Lane"),  # a first name: a man
        ("Glenn Close arrived late.", "Glenn Close"),
        ("Rita Street runs the shelter.", "Rita Street"),
    ],
)
def test_a_person_with_a_street_word_for_a_surname_still_speaks(opening: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {speaker.split()[1]} said."]) == [speaker]
