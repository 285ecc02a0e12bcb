"""A surname after a gendered title ("Mrs Lloyd") in an article naming a couple or siblings
who share it is the one of that gender, not the one named last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We bake through the night so the village has bread by six,”"


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        ("Sarah and Gareth Lloyd run the bakery.", "Mrs Lloyd said", "Sarah Lloyd"),
        ("Sarah and Gareth Lloyd run the bakery.", "Mr Lloyd said", "Gareth Lloyd"),
        (
            "Gareth Lloyd and his wife, Sarah Lloyd, run the bakery.",
            "Mrs Lloyd said",
            "Sarah Lloyd",
        ),
        (
            "Sarah Lloyd and her brother Gareth Lloyd run the bakery.",
            "said Ms. Lloyd",
            "Sarah Lloyd",
        ),
        (
            "Sarah Lloyd and her brother Gareth Lloyd run the bakery.",
            "said Mr. Lloyd",
            "Gareth Lloyd",
        ),
    ],
)
def test_the_title_picks_the_one_of_its_gender(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {credit}."]) == [speaker]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        # No gender in the title: the rules for a bare surname decide, as before.
        ("Sarah and Gareth Lloyd run the bakery.", "Dr Lloyd said", "Gareth Lloyd"),
        # Only one of that surname: the title changes nothing.
        ("Gareth Lloyd runs the bakery.", "Mr Lloyd said", "Gareth Lloyd"),
    ],
)
def test_a_title_without_a_choice_to_make_changes_nothing(
    opening: str, credit: str, speaker: str
) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {credit}."]) == [speaker]
