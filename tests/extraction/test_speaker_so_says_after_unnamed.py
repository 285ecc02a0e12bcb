"""A speaker named after the quote in words that point back at it ("So says X", "Or so says X",
"That was the view of X") is its speaker even when the sentence before the quote is about
people left unnamed ("Residents packed the hall."); with nothing pointing back, no one is."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We were promised a new bridge ten years ago and we are still waiting.”"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Residents packed the hall on Monday.", "So says Imelda Okafor-Ruiz, who has lived here"),
        ("Other residents were less patient.", "That was the view of Imelda Okafor-Ruiz, 71."),
        ("Many neighbours feel let down.", "Or so says Imelda Okafor-Ruiz, who runs the shop."),
    ],
)
def test_the_one_named_after(before: str, after: str) -> None:
    assert speakers_in_order([f"{before} {_QUOTE} {after}"]) == ["Imelda Okafor-Ruiz"]


def test_no_one_points_back() -> None:
    paragraphs = [f"Other residents were less patient. {_QUOTE} Imelda Okafor-Ruiz nodded."]
    assert speakers_in_order(paragraphs) == [None]
