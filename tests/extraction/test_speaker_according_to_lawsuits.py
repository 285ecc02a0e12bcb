"""A lawsuit cited as the source ("According to a lawsuit filed by X, …") speaks for the one
who brought it, a body or a person; a lawsuit filed against someone names no claimant."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "According to a lawsuit filed by Verdant Mills, Orbis Seeds “knowingly sold seed"
            " that would not grow.”",
            "Verdant Mills",
        ),
        (
            "According to a complaint brought by the Tarn Valley Farmers Union, Orbis Seeds"
            " “knowingly sold seed that would not grow.”",
            "Tarn Valley Farmers Union",
        ),
        (
            "According to a petition filed on Monday by the Coastal Residents Alliance, the"
            " council “ignored every objection we sent.”",
            "Coastal Residents Alliance",
        ),
        (
            "According to a lawsuit filed by farmer Ana Duarte, Orbis Seeds “knowingly sold"
            " seed that would not grow.”",
            "Ana Duarte",
        ),
        (  # near-miss: filed against someone, by no one named
            "According to a lawsuit filed against Orbis Seeds in March, the company"
            " “knowingly sold seed that would not grow.”",
            None,
        ),
    ],
)
def test_a_lawsuit_cited_as_source_speaks_for_its_claimant(
    sentence: str, speaker: str | None
) -> None:
    assert speakers_in_order([sentence]) == [speaker]
