"""A first name that is also a modal verb ("Will", "May") after a plural subject in a Title Case
headline ("Funding Cuts Will Close Polar Station") is the verb: no "Will Close" for a later
"he said" to take, while a headline opening with the name keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BODY = [
    "The station’s director, Ingrid Hallvardsen, said the cut would end a long record.",
    "Her deputy, Oluwaseun Bakare, who has spent nine winters on the ice, was blunter. “This"
    " is vandalism dressed up as budgeting,” he said.",
]


@pytest.mark.parametrize(
    "headline",
    [
        "Scientists Warn Funding Cuts Will Close Polar Station",
        "Researchers Fear Grant Freezes May Shut Labs",
    ],
)
def test_the_modal_is_no_name(headline: str) -> None:
    assert speakers_in_order(_BODY, headline) == ["Oluwaseun Bakare"]


def test_a_name_opening_the_headline_stays() -> None:
    paragraphs = [
        "The striker signed a three-year deal on Friday.",
        "“I have wanted to play for this club since I was a boy,” he said.",
    ]
    assert speakers_in_order(paragraphs, "Will Close Joins Rovers From City") == ["Will Close"]
