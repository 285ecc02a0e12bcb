"""Someone who "did not want to be named" or "was not authorised to speak" stays unnamed when
later called by their role ("the neighbour said"); a role the article names keeps its person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We never thought the water would come this far up the hill,”"


@pytest.mark.parametrize(
    "opening",
    [
        "One neighbour, who did not want to be named, said the street had gone quiet.",
        "A neighbour, who didn't want to be identified, said the street had gone quiet.",
        "One teacher, who was not authorised to speak publicly, said staff were worried.",
        "A resident, who would not want to be named, said the water was rising.",
    ],
)
def test_a_role_who_stayed_unnamed(opening: str) -> None:
    role = opening.split()[1].rstrip(",")
    first = "Mara Lind lived at number 9 for forty years."
    assert speakers_in_order([first, f"{opening} {_QUOTE} the {role} said."]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # named by the article: the role is hers
            [
                "Mara Lind, a neighbour who has lived there since 1981, was named in the will.",
                f"{_QUOTE} the neighbour said.",
            ],
            "Mara Lind",
        ),
        (  # the person who stayed unnamed is in another paragraph: not this one's speaker
            [
                "One neighbour, who did not want to be named, said the street was quiet.",
                f"Tom Ode, a teacher at the school, said the floods were worse. {_QUOTE} the "
                "teacher said.",
            ],
            "Tom Ode",
        ),
    ],
)
def test_a_named_role_keeps_its_person(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_spoke_to_an_outlet_on_condition_of_anonymity_keeps_her_unnamed() -> None:
    paragraphs = [
        "Oyelaran Bassey approved the payments, records show.",
        "The finance officer, who spoke to the Beacon on condition of anonymity, said she had"
        " raised concerns. “I was told it was above my pay grade,” she said.",
    ]
    assert speakers_in_order(paragraphs) == [None]
