"""A role written with a team or body's name ("the Rovers manager") is never someone introduced
with the same noun under another name ("Kingsbridge manager Tomas Varga"): the person just
named is the one meant."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our keeper gets a hand to the ball and then he gets flattened by two of them,”"


@pytest.mark.parametrize(
    ("intro", "other", "tail", "speaker"),
    [
        (
            "Kingsbridge manager Tomas Varga admitted his side had been lucky.",
            "Steve Marr was less diplomatic about the winner.",
            " the Rovers manager said.",
            "Steve Marr",
        ),
        (
            "Eastmoor coach Ingrid Halvorsen said her side had done enough.",
            "Keiko Tanaka saw it very differently.",
            " said the Harwell coach.",
            "Keiko Tanaka",
        ),
        (
            "Bellhaven boss Kwabena Asante was happy with the point.",
            "Across the tunnel, Rhys Pritchard was fuming about the penalty.",
            " the Ode Town boss says.",
            "Rhys Pritchard",
        ),
        (
            "The Lions' head coach, Marta Kowalczyk, praised the crowd.",
            "Amira Haddad was far less pleased with the referee.",
            " the Falcons coach told reporters.",
            "Amira Haddad",
        ),
        (
            "Tomas Varga, the Kingsbridge manager, admitted his side had been lucky.",
            "Diego Fuentes was less diplomatic about the winner.",
            " the Rovers manager said afterwards.",
            "Diego Fuentes",
        ),
    ],
)
def test_a_role_of_another_team_is_the_one_just_named(
    intro: str, other: str, tail: str, speaker: str
) -> None:
    assert speakers_in_order([intro, other, _QUOTE + tail]) == [speaker]


@pytest.mark.parametrize(
    "tail",
    [" the Kingsbridge manager said.", " said the Kingsbridge Athletic manager."],
)
def test_a_role_of_the_same_team_is_the_one_named_with_it(tail: str) -> None:
    intro = "Kingsbridge Athletic manager Tomas Varga admitted his side had been lucky."
    other = "Steve Marr was less diplomatic about the winner."
    assert speakers_in_order([intro, other, _QUOTE + tail]) == ["Tomas Varga"]


def test_a_pronoun_after_the_role_goes_on_meaning_them() -> None:
    paragraphs = [
        "Kingsbridge manager Tomas Varga admitted his side had been lucky.",
        "Steve Marr was less diplomatic about the winner.",
        _QUOTE + " the Rovers manager said.",
        "Asked about his son's miss, he added: “He is a grown man and he will be fine.”",
    ]
    assert speakers_in_order(paragraphs) == ["Steve Marr", "Steve Marr"]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "Its captain, Ellis Marr, whose father, Steve, is the Rovers manager, missed.",
            "Steve Marr",
        ),
        ("Aiko Sato, whose mother, Yumi, is the Rovers manager, missed a penalty.", "Yumi Sato"),
    ],
)
def test_a_first_name_set_off_by_commas_before_is_holds_the_role(intro: str, speaker: str) -> None:
    paragraphs = [
        "Kingsbridge manager Tomas Varga admitted his side had been lucky.",
        intro,
        f"{speaker} was less diplomatic. Replays suggested Ben Cole had been pushed by a defender.",
        _QUOTE + " the Rovers manager said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == speaker
