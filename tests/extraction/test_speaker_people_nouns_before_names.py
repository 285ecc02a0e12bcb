"""A noun for a person set before a name is no part of it, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The street has changed more in five years than in the fifty before,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([f"{_QUOTE} Widow Ann Lee said."], "Ann Lee"),
        ([f"{_QUOTE} Grandad Tom Ode, 81, said."], "Tom Ode"),
        ([f"{_QUOTE} said Landlady Ann Lee."], "Ann Lee"),
        (
            ["Retiree Ann Lee has lived on Dray Street since 1970.", f"{_QUOTE} she said."],
            "Ann Lee",
        ),
        (["Landlady Ann Lee opened the Crown in 1990.", f"{_QUOTE} Lee said."], "Ann Lee"),
        (
            ["The roof was checked by widow Ann Lee on Friday.", f"{_QUOTE} the widow said."],
            "Ann Lee",
        ),
    ],
)
def test_a_person_noun_before_a_name_is_cut(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("Mason Ann Lee said.", "Mason Ann Lee"),
        ("Walker Tom Ode said.", "Walker Tom Ode"),
        ("Hunter Biden said.", "Hunter Biden"),
    ],
)
def test_a_first_name_that_is_also_a_noun_stays(tail: str, speaker: str) -> None:
    assert speakers_in_order([f"{_QUOTE} {tail}"]) == [speaker]


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        ("The roof was checked by builder Tom Ode on Friday.", "the builder said.", "Tom Ode"),
        ("Builder Tom Ode checked the roof on Friday.", "the builder said.", "Tom Ode"),
        ("The roof was checked by Tom Ode, a builder, on Friday.", "the builder said.", "Tom Ode"),
        ("The roof was checked by a builder on Friday.", "the builder said.", None),
        ("Tom Ode hired a builder on Friday.", "the builder said.", None),
    ],
)
def test_the_noun_names_whom_it_was_set_before(
    opening: str, tail: str, speaker: str | None
) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {tail}"]) == [speaker]
