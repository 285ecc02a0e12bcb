"""A party and seat in brackets after a name ("Tom Ode (Con, Harwell North) said") are no part
of the subject: the name before them speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“we will finish the work we started together four years ago.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Tom Ode (Con, Harwell North) said ", "Tom Ode"),
        ("Ann Lee (Lab, Harwell and Ode) told MPs ", "Ann Lee"),
        ("Tom Ode (pictured, left) said ", "Tom Ode"),
        ("The Harbour Board (HB) said ", "Harbour Board"),
    ],
)
def test_the_name_before_the_brackets_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([lead + _QUOTE]) == [speaker]
