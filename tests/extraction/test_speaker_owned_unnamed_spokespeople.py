"""A spokesman or publicist brought in as someone's, with no name ("Quenby's publicist said",
"Her spokesman said"), stays unnamed when "the publicist" speaks after: not the singer they speak
for. One named beside the role still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Marisol Quenby cancelled two shows on Friday."
_QUOTE = "“She is resting and will be back on stage before the end of the month,”"


@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        ("Quenby's publicist said she was resting.", "the publicist added."),
        ("Quenby’s spokesman said she was resting.", "the spokesman added."),
        ("Her publicist said she was resting.", "the publicist added."),
        ("Her spokeswoman confirmed that she was resting.", "the spokeswoman said."),
        ("Their representative said she was resting.", "the representative added."),
    ],
)
def test_the_unnamed_one_keeps_no_speaker(sentence: str, credit: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE} {credit}"]) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quenby's publicist, Tom Reyes, said she was resting.",
        "Her publicist, Tom Reyes, said she was resting.",
    ],
)
def test_the_named_one_speaks(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE} the publicist added."]) == [
        "Tom Reyes"
    ]
