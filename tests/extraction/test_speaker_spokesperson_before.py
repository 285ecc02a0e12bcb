"""An unnamed spokesperson who spoke at the end of the paragraph before keeps "he said" or
"she said" on the quote that opens the next, instead of the person they speak for."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The mayor has no intention of stepping down before the spring,”"


@pytest.mark.parametrize(
    "before",
    [
        "A spokesman for Owen Price said the mayor was not worried.",
        "A spokesman for Mayor Owen Price declined to discuss the claims.",
        "Owen Price has faced calls to resign. A spokesman for the mayor said he would stay.",
        "An aide to Owen Price said the mayor had not read the report.",
    ],
)
def test_the_spokesman_before_is_unnamed(before: str) -> None:
    assert speakers_in_order([before, f"{_QUOTE} he said."]) == [None]


@pytest.mark.parametrize(
    "before",
    [
        # A spokeswoman cannot be "he": the mayor himself speaks.
        "A spokeswoman for Owen Price said the mayor was not worried.",
        # The spokesman came first; the last sentence is the mayor's.
        "A spokesman for the council said the vote was lost. Owen Price disagreed.",
        "Owen Price spoke after a spokesman for the council said the vote was lost.",
    ],
)
def test_a_spokesperson_who_cannot_be_the_one_meant_leaves_the_person(before: str) -> None:
    assert speakers_in_order([before, f"{_QUOTE} he said."]) == ["Owen Price"]
