"""An honour held with a title ("Professor Emerita", "Bishop Emeritus") is cut with the title."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (" said Professor Emerita Ann Lee.", "Ann Lee"),
        (" said Ann Lee, professor emerita of history.", "Ann Lee"),
        (" Professor Emeritus Tom Ode told the inquiry.", "Tom Ode"),
    ],
)
def test_emeritus_is_no_part_of_the_name(tail: str, speaker: str) -> None:
    assert speakers_in_order([_QUOTE + tail]) == [speaker]
