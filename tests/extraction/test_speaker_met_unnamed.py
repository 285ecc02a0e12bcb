"""A role tag ("the farmer said") right after someone was brought in by that noun alone ("Marsh
met a farmer on the road.", "…, but a colleague disagreed.", "A neighbour was less sure.") is
that unnamed person, not whoever spoke before; a noun describing someone named ("Marsh is a
farmer", "Marsh, a farmer,", "a farmer, Tom Hale,") still points to them."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“Every option is still on the table for the town,” said Ylva Marsh, the chair."
_TAGGED = "“The ferry was promised to us twice and it never once came,”"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Marsh met a farmer on the road.", "the farmer"),
        ("Marsh said the plan was sound, but a colleague disagreed.", "the colleague"),
        ("Marsh said the plan was sound. A neighbour was less sure.", "the neighbour"),
        ("Marsh spoke to a nurse outside the clinic.", "the nurse"),
        ("Marsh waved at an old fisherman mending his nets.", "the fisherman"),
    ],
)
def test_the_one_brought_in_unnamed_speaks(sentence: str, role: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_TAGGED} {role} said."]) == [
        "Ylva Marsh",
        None,
    ]


@pytest.mark.parametrize(
    ("sentence", "role", "speaker"),
    [
        ("Marsh is a farmer on the coast.", "the farmer", "Ylva Marsh"),
        ("Marsh, a farmer, spoke first.", "the farmer", "Ylva Marsh"),
        ("Marsh has been a nurse for thirty years.", "the nurse", "Ylva Marsh"),
        ("Marsh met a farmer, Tom Hale, on the road.", "the farmer", "Tom Hale"),
        ("Marsh met a farmer. Tom Hale has farmed there for years.", "the farmer", "Tom Hale"),
    ],
)
def test_a_noun_describing_someone_named_points_to_them(
    sentence: str, role: str, speaker: str
) -> None:
    found = speakers_in_order([_BEFORE, f"{sentence} {_TAGGED} {role} said."])[-1]
    assert found == speaker
