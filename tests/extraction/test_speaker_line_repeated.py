"""A sentence after a quote that says whose line it is ("It is a line Ann Lee has repeated all
week.", "Ann Lee has said it many times.") names its speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago.”"


@pytest.mark.parametrize(
    "after",
    [
        " It is a line Ann Lee has repeated all week.",
        " It’s a familiar refrain from Ann Lee, the mayor.",
        " That is the message Ann Lee took to every doorstep.",
        " Ann Lee has said it many times since the vote.",
        " Ann Lee had made the point at every meeting.",
    ],
)
def test_the_person_whose_line_it_is_speaks(after: str) -> None:
    assert speakers_in_order([_QUOTE + after]) == ["Ann Lee"]


@pytest.mark.parametrize(
    "after",
    [" It is a line that has been repeated all week.", " Ann Lee has heard it many times."],
)
def test_no_one_named_as_the_speaker_leaves_none(after: str) -> None:
    assert speakers_in_order([_QUOTE + after]) == [None]
