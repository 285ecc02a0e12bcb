"""A thing that bears words, brought in by a phrase opening the sentence ("In a notice on its
website, the council warned:"), carries the words of the body or person after its comma; a
notice that reads out words by itself still keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody from our offices will ever ask for your password.”"


@pytest.mark.parametrize(
    ("opening", "lead", "expected"),
    [
        (
            "Harrowby Borough Council closed its offices after a flood.",
            "In a notice on its temporary website, the council warned:",
            "Harrowby Borough Council",
        ),
        (
            "Pellham Water has cut supplies to 4,000 homes.",
            "In a leaflet pushed through every door, the company said:",
            "Pellham Water",
        ),
        (
            "The Osterley Rowing Club lost its boathouse in the storm.",
            "On a poster at the gate, the club declared:",
            "Osterley Rowing Club",
        ),
        (
            "Tamsin Okafor runs the only bakery in Wreyford.",
            "In a notice taped to her door, she warned:",
            "Tamsin Okafor",
        ),
        (
            "Gudrun Eriksen has led the Vale Residents Association since 2019.",
            "On a flyer handed out at the station, the association urged:",
            "Vale Residents Association",
        ),
        (
            "Koji Matsuda opened his ramen bar in March.",
            "Through a sign in the window, he declared:",
            "Koji Matsuda",
        ),
    ],
)
def test_the_subject_after_the_thing_speaks(opening: str, lead: str, expected: str) -> None:
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) == [expected]


@pytest.mark.parametrize(
    "lead",
    [
        "In the window, a notice warned:",
        "A notice on the door, in red letters, warned:",
        "On the gate, a sign said:",
        "In the lobby a poster declared:",
    ],
)
def test_a_thing_reading_out_by_itself_keeps_none(lead: str) -> None:
    opening = "Harrowby Borough Council closed its offices after a flood."
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) == [None]
