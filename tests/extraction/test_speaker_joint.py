"""Words two people give together ("Ann Lee and Tom Ode wrote") go to the first named, as a
reader would list them; a team, shop or place joined with "and" before a name is no person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The plan will not survive the winter without more money from the council"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{_QUOTE},” Ann Lee and Tom Ode wrote in a joint letter.",
        f"{_QUOTE},” said Ann Lee and Tom Ode.",
        f"Ann Lee and Tom Ode said: {_QUOTE}.”",
    ],
)
def test_two_people_speaking_together_give_the_first(paragraph: str) -> None:
    assert speakers_in_order([paragraph]) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Wales and England coach Tom Ode", "Tom Ode"),
        ("Marks and Spencer boss Tom Ode", "Tom Ode"),
        ("Johnson & Johnson chief Tom Ode", "Tom Ode"),
        ("Harbour Bank and Tom Ode", "Tom Ode"),
    ],
)
def test_a_body_or_place_joined_before_a_name_is_no_person(subject: str, speaker: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {subject} said."]) == [speaker]
