"""A person described by a team or place and a noun ("the Harwell skipper", "the Rovers
frontman") is read as a role, never as the team or place before the noun."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Ann Lee scored twice as Harwell beat Ode Town 3-1 on Saturday."
_QUOTE = "“We will finish the work we started together four years ago,”"


@pytest.mark.parametrize(
    "tail",
    [
        " said the Harwell skipper.",
        " the Harwell keeper told reporters.",
        " said the Harwell youngster.",
        " the Harwell frontwoman said.",
    ],
)
def test_the_team_before_a_noun_for_a_person_is_no_speaker(tail: str) -> None:
    assert speakers_in_order([_OPENING, _QUOTE + tail]) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [(" said the Harwell Supporters Trust.", "Harwell Supporters Trust")],
)
def test_a_body_named_in_full_still_speaks(tail: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, _QUOTE + tail]) == [speaker]
