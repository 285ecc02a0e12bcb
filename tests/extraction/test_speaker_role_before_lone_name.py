"""A lone name no list knows, set by commas after someone's role ("Baillie's neighbour, Morag,
agreed.", "His landlady, Tuuli, agreed.") is described as a person, so the one pronoun after
it gives its gender: "she said" is Morag, not the last woman the lists know; a place of theirs
named so is no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Councillor Eilidh MacAskill said the scheme would bring “jobs and cheaper power to a part "
    "of the country that has waited long enough”.",
    "“They have not listened to a single word we said in two years,” said Fergus Baillie, 67.",
]
_QUOTE = "“We will be looking at those things every day for the rest of our lives,” she said."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Baillie's neighbour, Morag, agreed.", "Morag"),
        ("His neighbour, Morag, agreed.", "Morag"),
        ("Baillie's landlady, Tuuli, nodded.", "Tuuli"),
    ],
)
def test_a_lone_name_after_a_role_is_a_person(sentence: str, expected: str) -> None:
    assert speakers_in_order([*_BEFORE, f"{sentence} {_QUOTE}"])[-1] == expected


def test_a_place_of_theirs_is_no_one() -> None:
    sentence = "Baillie's farm, Morag, is for sale."
    assert speakers_in_order([*_BEFORE, f"{sentence} {_QUOTE}"])[-1] == "Eilidh MacAskill"
