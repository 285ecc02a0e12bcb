"""A group "led by" someone speaks as the group (tests/eval/README.md): an unnamed group ("The
rebels, led by Ana Vel, said") has no named speaker and a named one ("The Northern Front, led by
Ana Vel,") is itself; never the leader or the person quoted before. A study's authors "led by"
someone still speak through them."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We remain ready to talk to anyone who wants peace,” said Ana Ruiz, the minister."
_QUOTE = "“We will not lay down our weapons until our demands are met.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The rebels, led by Ana Vel, said in a statement:", None),
        ("Republicans, led by Tom Ode, said:", None),
        ("The striking miners, led by their union’s Joe Marsh, said:", None),
        ("The Northern Front, led by Ana Vel, said in a statement:", "Northern Front"),
    ],
)
def test_the_group_speaks_not_its_leader(lead: str, speaker: str | None) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Ana Ruiz", speaker]


def test_after_the_quote_too() -> None:
    paragraph = "“We will not lay down our weapons until our demands are met,” the rebels, led by"
    paragraph += " Ana Vel, said."
    assert speakers_in_order([_BEFORE, paragraph]) == ["Ana Ruiz", None]


def test_a_study_team_led_by_someone_speaks_through_them() -> None:
    paragraph = "“The effect was far larger than we expected in every group,” wrote the authors,"
    paragraph += " led by Ana Vel."
    assert speakers_in_order([_BEFORE, paragraph]) == ["Ana Ruiz", "Ana Vel"]


def test_a_leader_who_speaks_herself_is_herself() -> None:
    paragraph = f"Ana Vel, who leads the rebels, said: {_QUOTE}"
    assert speakers_in_order([_BEFORE, paragraph]) == ["Ana Ruiz", "Ana Vel"]
