"""A Title Case headline that opens with a place set off by a comma ("At Ember Row, Wanjiru
Castellane Cooks …") still keeps the full name after the comma, so a bare surname in the body
is that person; a pair glued to a kept name without a comma still is not read as a name."""

from __future__ import annotations

import pytest

from bot.extraction.headlines import names_view
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("headline", "place", "full"),
    [
        (
            "At Ember Row, Wanjiru Castellane Cooks the Food Her Grandmother Never Wrote Down",
            "Ember Row",
            "Wanjiru Castellane",
        ),
        (
            "In Kessock Bay, Tevita Halamaka Keeps the Old Boats Afloat",
            "Kessock Bay",
            "Tevita Halamaka",
        ),
        (
            "From Harlow Cross: Oyelaran Mbeki-Stone Builds a Studio in a Barn",
            "Harlow Cross",
            "Oyelaran Mbeki-Stone",
        ),
    ],
)
def test_a_name_after_a_place_and_comma(headline: str, place: str, full: str) -> None:
    surname = full.rpartition(" ")[2]
    paragraphs = [
        f"The first thing you notice at {place} is the smoke drifting out of the back room.",
        f"“Every recipe here is me arguing with a memory,” {surname} says, standing by the grill.",
    ]
    assert speakers_in_order(paragraphs, headline) == [full]


def test_the_place_itself_is_still_kept() -> None:
    view = names_view(
        "At Ember Row, Wanjiru Castellane Cooks the Food",
        "We ate at Ember Row, where Castellane was at the grill.",
    )
    assert "Ember Row, Wanjiru Castellane cooks" in view


def test_no_comma_still_keeps_a_glued_pair_out() -> None:
    view = names_view(
        "Ember Row Wanjiru Castellane Cooks the Food",
        "We ate at Ember Row, where Castellane was at the grill.",
    )
    assert "Wanjiru Castellane cooks" not in view
