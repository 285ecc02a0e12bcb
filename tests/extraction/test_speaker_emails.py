"""Quotes credited to "the email" a body or person sent, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are seeing more cases every week than at any point this year,” the email said."


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Halvard Health, a maker of fitness apps, pulled its app on Monday. In an email to"
            " users, the company said their data was safe.",
            "Halvard Health",
        ),
        (
            "Halvard Health pulled its app on Monday. In an email to users, Halvard Health said"
            " their data was safe.",
            "Halvard Health",
        ),
        (
            "Halvard Health said in an email to users on Monday that their data was safe.",
            "Halvard Health",
        ),
        (
            "Dr. Ama Owusu, who runs the clinic, sent an email to staff on Sunday night.",
            "Ama Owusu",
        ),
    ],
)
def test_the_email_is_its_senders(opening: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [speaker]


@pytest.mark.parametrize(
    "opening",
    [
        "A hospital spokeswoman said in an email that 38 beds would open.",
        "In an email seen by the Courier, a senior nurse warned of shortages.",
    ],
)
def test_an_email_from_someone_unnamed_keeps_no_speaker(opening: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [None]
