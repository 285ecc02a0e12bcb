"""A quote followed by the paper or reply that carried it and who it came from: "“…,” the
statement from the Harbour Board read", "“…,” came the reply from Tom Ode"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (" the statement from Tom Ode read.", "Tom Ode"),
        (" a statement from the Harbour Board said on Monday.", "Harbour Board"),
        (" the letter, signed by Tom Ode, said.", "Tom Ode"),
        (" came the reply from Tom Ode.", "Tom Ode"),
        (" came the swift response from the Harbour Board.", "Harbour Board"),
        (" came the answer from Ann Lee, the mayor.", "Ann Lee"),
    ],
)
def test_the_sender_after_the_quote_speaks(tail: str, speaker: str) -> None:
    assert speakers_in_order([_QUOTE + tail]) == [speaker]


def test_a_letter_signed_by_someone_before_the_quote_is_theirs() -> None:
    assert speakers_in_order(["A letter signed by Tom Ode said: " + _QUOTE]) == ["Tom Ode"]


@pytest.mark.parametrize(
    "tail",
    [" the statement read.", " came the reply from the back of the hall.", " came the cry."],
)
def test_no_sender_named_leaves_no_speaker(tail: str) -> None:
    assert speakers_in_order([_QUOTE + tail]) == [None]
