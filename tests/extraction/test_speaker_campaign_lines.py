"""A body's campaign, slogan, poster or advert is its document: "The board’s campaign, which has
been running since spring, promises visitors “…”" is the board's words, by the board's full
name; a campaign's line with no body owning it keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BOARD = "A new campaign by the Varrow Tourism Board is bringing visitors to the island."


@pytest.mark.parametrize(
    "sentence",
    [
        "The board’s campaign, which has been running on buses since spring, promises visitors"
        " “an island that still keeps its own time.”",
        "The board’s new slogan promises visitors “an island that still keeps its own time.”",
        "The board’s new poster promises visitors “an island that still keeps its own time.”",
    ],
)
def test_a_bodys_campaign_line(sentence: str) -> None:
    assert speakers_in_order([_BOARD, sentence]) == ["Varrow Tourism Board"]


def test_a_campaign_line_no_body_owns() -> None:
    paragraphs = [
        "Posters have gone up on every bus shelter in the town this week.",
        "One of them promises visitors “an island that still keeps its own time.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
