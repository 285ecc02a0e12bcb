"""An agency whose name pairs two common words with "and", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are reviewing every report of harm linked to the device,” "


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        (
            "The Food and Drug Administration cleared the ring on Friday.",
            "the FDA said.",
            "Food and Drug Administration",
        ),
        (
            "The ring still needs clearance from the Food and Drug Administration.",
            "the agency said in a statement.",
            "Food and Drug Administration",
        ),
        (
            "The Science and Technology Council met on Monday.",
            "the council said.",
            "Science and Technology Council",
        ),
        (
            "The Health and Safety Executive opened an inquiry into the clinic.",
            "the HSE said.",
            "Health and Safety Executive",
        ),
    ],
)
def test_the_whole_paired_name_speaks(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE + credit]) == [speaker]


def test_two_firms_joined_by_and_stay_apart() -> None:
    paragraphs = [
        "Lenwick and Harbour Electronics both recalled the charger.",
        _QUOTE + "the company said.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Electronics"]
