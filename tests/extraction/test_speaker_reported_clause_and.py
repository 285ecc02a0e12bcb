"""A second verb joined by "and" after a reported clause ("Its report said the trust was
struggling and warned that … “…”") shares the first verb's subject: the clause's own subject
("the trust") did not say it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "The Care Quality Board found waits had doubled. Its report said the trust was failing"
        " and warned that patients were “leaving the queue for good, if they can afford to”.",
        "Care Quality Board",
    ),
    (
        "Chen Jing, the mayor, spoke at noon. She said the council was nearly broke and added"
        " that libraries would be “the last thing this council closes, not the first”.",
        "Chen Jing",
    ),
    (
        "Kwabena Osei said Parkway Retail had been hacked on Sunday and insisted that customers'"
        " cards were “never stored anywhere near the affected servers”.",
        "Kwabena Osei",
    ),
    (
        "The Harbour Safety Office said the ferry company had overloaded the boat and noted that"
        " its crew had been “working twenty-hour shifts for most of the summer”.",
        "Harbour Safety Office",
    ),
    (
        "Judge Amelia Frost said Daniel Marsh had shown no remorse, and warned that prison was"
        " “not a place he would want to return to”.",
        "Amelia Frost",
    ),
    (
        "Rafael Núñez, the coach, said the league had been unfair to his club and argued that"
        " the fixture list was “simply too crowded for any squad”.",
        "Rafael Núñez",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _CASES)
def test_the_second_verb_shares_the_first_subject(text: str, speaker: str) -> None:
    assert set(speakers_in_order([text])) == {speaker}


def test_a_new_subject_after_and_speaks_for_itself() -> None:
    paragraphs = [
        "Chen Jing said the budget was tight and Omar Haddad warned that libraries would be"
        " “the first thing this council closes”.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad"]
