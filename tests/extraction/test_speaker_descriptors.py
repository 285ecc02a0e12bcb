"""Speakers named by how the British press describes them: a parent by their children
("the father-of-two"), and a name owned by a party or club ("Labour's Rhian Evans")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We waited four hours for the ambulance and nobody came to tell us why”"


@pytest.mark.parametrize(
    ("before", "credit", "speaker"),
    [
        ("Tom Ode, 41, was hurt in the crash.", "the father-of-two said", "Tom Ode"),
        ("Tom Ode, 41, was hurt in the crash.", "said the dad-of-one", "Tom Ode"),
        ("Grace Amadi, 67, was hurt in the crash.", "the grandmother-of-12 said", "Grace Amadi"),
        (
            "Grace Amadi, 38, was hurt in the crash.",
            "the mum-of-three told the Courier",
            "Grace Amadi",
        ),
        # A mother cannot be the man named before her.
        ("Tom Ode, 41, was hurt in the crash.", "the mother-of-three said", None),
        # Someone unnamed: "a father-of-two".
        ("Tom Ode, 41, was hurt in the crash.", "a father-of-two said", None),
    ],
)
def test_a_parent_by_their_children_is_the_person_named_before(
    before: str, credit: str, speaker: str | None
) -> None:
    assert speakers_in_order([before, f"{_QUOTE}, {credit}."]) == [speaker]


def test_the_father_of_two_may_open_the_sentence() -> None:
    paragraphs = ["Tom Ode, 41, was hurt in the crash.", f"The father-of-two said: {_QUOTE}."]
    assert speakers_in_order(paragraphs) == ["Tom Ode"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Labour's Rhian Evans, who chairs the committee,", "Rhian Evans"),
        ("Dunmore’s Idris Farouk, the town's longest-serving councillor,", "Idris Farouk"),
        ("Ann Lee's coach, Tom Reyes,", "Tom Reyes"),
        # A body whose own name holds a possessive keeps it.
        ("Children's Health Defense, a lobby group,", "Children's Health Defense"),
    ],
)
def test_a_name_owned_by_a_party_or_place_is_the_name_alone(subject: str, speaker: str) -> None:
    paragraphs = [f"{subject} was blunt on Friday.", f"{_QUOTE}."]
    assert speakers_in_order(paragraphs) == [speaker]
