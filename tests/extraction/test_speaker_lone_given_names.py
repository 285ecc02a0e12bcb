"""A one-word given name after a person's noun, someone's role or a passive "by" ("councillor
Amara visited", "Tanaka's bandmate Liam came to his defence", "founded by Beatriz, a baker"),
or put a question ("reporters asked Fatima whether"), is a person a role tag or the answer may
mean, as a full name is. One opening its sentence ("Juniper was carried into orbit") may be a
lander's, one after a thing's noun ("her old dog, Lupe,") is an animal's, and a name no list
genders stays no one's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We have waited far too long for a straight answer on this,” Hiroshi Tanaka said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Local councillor Amara visited the ward on Sunday. “No patient will be turned away "
            "from this hospital, whatever happens,” the councillor said.",
            "Amara",
        ),
        (
            "But Tanaka's former co-star Liam came to his defence in a comment under the post. "
            "“There are two sides to every story in this town,” the actor wrote.",
            "Liam",
        ),
        (
            "Tanaka's old bandmate Ines came to his defence on Instagram. “There are two sides "
            "to every story in this town,” the singer posted.",
            "Ines",
        ),
        (
            "The market was founded in 2009 by Beatriz, a retired baker who still runs it. “The "
            "rain took half the stalls away on Saturday morning,” the organiser admits.",
            "Beatriz",
        ),
        (
            "At a briefing on Tuesday, reporters asked Fatima whether anyone had been hurt. "
            "“Not that we know of, but we are checking every case,” she said.",
            "Fatima",
        ),
    ],
)
def test_the_lone_name_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence])[-1] == speaker


def test_a_name_opening_its_sentence_is_not_taken() -> None:
    got = speakers_in_order(
        [
            _BEFORE,
            "Juniper was carried into orbit by a rocket from the Vale launch site. “The rocket "
            "has cleared the tower and everything looks good,” the commentator said.",
        ]
    )
    assert got[-1] != "Juniper"


def test_a_name_no_list_genders_is_not_taken() -> None:
    got = speakers_in_order(
        [
            _BEFORE,
            "Local councillor Zorvath visited the ward on Sunday. “No patient will be turned "
            "away from this hospital, whatever happens,” the councillor said.",
        ]
    )
    assert got[-1] != "Zorvath"


def test_a_name_after_a_thing_s_noun_is_not_taken() -> None:
    got = speakers_in_order(
        [
            "Marta Quispe Rojas has cooked for the street since 1998, Quispe Rojas says.",
            "Her old cat, Lupe, sleeps by the stove all afternoon.",
            "“Here nobody eats alone, not even on Sundays,” the 78-year-old cook said.",
        ]
    )
    assert got[-1] != "Lupe"


def test_a_lone_name_asked_a_question_replies() -> None:
    got = speakers_in_order(
        [
            "Lucia Ferrante put the question to Fatima at the start of the hearing.",
            "“Why should anyone at all believe a word you say now?” Lucia Ferrante asked.",
            "“Because we told the truth when it hurt us, and nobody made us,” she replied.",
        ]
    )
    assert got == ["Lucia Ferrante", "Fatima"]
