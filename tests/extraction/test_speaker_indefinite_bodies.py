"""A body brought in as "a local firm, Pennine Wax." is the one "the company" means later."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = (
    "Sharing a photo online, the company added: “All profits will go to the hospice this year.”"
)


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("She made the candles with a local firm, Pennine Wax.", "Pennine Wax"),
        (
            "She made the candles with an old family company, Harrow & Lyle, in May.",
            "Harrow & Lyle",
        ),
        (
            "She made the candles with a firm, Dunmore Candles, that her aunt founded.",
            "Dunmore Candles",
        ),
        ("She made the candles with local company Pennine Wax.", "Pennine Wax"),
        (  # a person set beside the noun is no body
            "She made the candles with a friend from the firm, Ana Ruiz, last spring.",
            None,
        ),
    ],
)
def test_a_body_beside_a_noun_after_a(opening: str, speaker: str | None) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [speaker]
