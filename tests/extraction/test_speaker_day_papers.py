"""A paper or body whose name opens with a day's name ("the Sunday Herald", "the Saturday
Tribune") keeps the day in its name, as it ends with a word for a paper or body; a day before
a person's name is still a date."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Tom Hale, who was voted off in week two, said the abuse had gone too far."


@pytest.mark.parametrize("paper", ["Sunday Herald", "Saturday Tribune", "Sunday Telegraph"])
def test_the_day_stays_in_the_paper_s_name(paper: str) -> None:
    paragraphs = [
        _OPENING,
        f"“The show has lost control of its own contestants and its staff,” the {paper} reported.",
    ]
    assert speakers_in_order(paragraphs) == [paper]


def test_a_day_before_a_person_is_a_date() -> None:
    paragraphs = [
        _OPENING,
        "On Monday Tom Reyes, a producer, said: “The show is in good health and the ratings"
        " are strong.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]
