"""A person introduced with a role by "is" ("Ilse Marrow, 44, is the chef at Fennick") is whom
"the chef says" means later, not whoever was named last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had nothing but a stove and a lot of stubbornness back then,”"


@pytest.mark.parametrize(
    ("opening", "said", "speaker"),
    [
        (
            "Ilse Marrow, 44, is the chef at Fennick. Bernard Lisle hired Marrow in 1997.",
            "the chef says, wiping down the pass.",
            "Ilse Marrow",
        ),
        (
            "Ruth Abernathy is the county's transport director. Aled Tallis farms the hill.",
            "says the director.",
            "Ruth Abernathy",
        ),
        (
            "Rob Tennant has been the chairman since 2009. Kofi Mensah scored twice.",
            "the chairman said.",
            "Rob Tennant",
        ),
        (
            "Marta Kowal was the analyst on the staff. Leon Fairweather captains the side.",
            "the analyst said.",
            "Marta Kowal",
        ),
    ],
)
def test_a_role_given_by_is(opening: str, said: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {said}"]) == [speaker]


def test_a_role_only_compared_with_is_not_theirs() -> None:
    opening = "Bernard Lisle is older than the chef. Tom Ode runs the bar."
    assert speakers_in_order([opening, f"{_QUOTE} the chef says."]) == ["Tom Ode"]


@pytest.mark.parametrize(
    ("opening", "said", "speaker"),
    [
        (
            "Leon Fairweather, 31, the club captain, has played 240 games. Dariusz Kowal coaches.",
            "the captain says.",
            "Leon Fairweather",
        ),
        (
            "Dariusz Kowal, 58, a former goalkeeper, coaches Ashgrove. Leon Fairweather scores.",
            "says the former goalkeeper.",
            "Dariusz Kowal",
        ),
        (
            "The club captain is Leon Fairweather, 31. Dariusz Kowal coaches the side.",
            "the captain says.",
            "Leon Fairweather",
        ),
        (
            "The chairman was Rob Tennant until 2019. Kofi Mensah scored twice on Saturday.",
            "the chairman said.",
            "Rob Tennant",
        ),
    ],
)
def test_a_role_after_an_age_or_before_is(opening: str, said: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {said}"]) == [speaker]
