""" "Her aide said", "her publicist said": someone of hers speaks, not she; "her" before a
noun is never the woman herself."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Senator Ann Lee faced questions about the budget on Monday."
_QUOTE = "“The senator has no intention of stepping down before the spring,”"


@pytest.mark.parametrize(
    "someone", ["her aide", "her publicist", "her chief of staff", "her campaign team"]
)
def test_someone_of_hers_unnamed_is_nobody_named(someone: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {someone} said."]) == [None]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [("she said.", "Ann Lee"), ("her spokeswoman, Jo Hart, said.", "Jo Hart")],
)
def test_she_or_someone_of_hers_named(credit: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {credit}"]) == [speaker]
