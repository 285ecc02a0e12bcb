"""Answers in a block of "Q:" and "A:" paragraphs, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "After the keynote, Vantongeren took questions from reporters. Her answers, edited"
            " for length:",
            "Anneliese Vantongeren",
        ),
        ("Dr. Paulo Reis spoke to the Courier on Friday. Edited excerpts:", "Paulo Reis"),
        ("We asked Vantongeren about the ring.", "Anneliese Vantongeren"),
    ],
)
def test_an_answer_is_the_person_named_before_the_block(intro: str, speaker: str) -> None:
    paragraphs = [
        "Anneliese Vantongeren, the chief executive, unveiled the ring on Tuesday.",
        intro,
        "Q: Why launch a health device in the same week as a breach?",
        "A: “The launch date was set a year ago. Moving it would not have helped anyone.”",
        "Q: Will the readings be stored differently?",
        "A: “Yes. Readings stay encrypted on the phone unless a user shares them.”",
    ]
    assert speakers_in_order(paragraphs) == [speaker, speaker]


def test_an_answer_running_over_a_second_paragraph_keeps_its_speaker() -> None:
    paragraphs = [
        "Nurse Amal Haddad has run the ward for a decade. We spoke to her on Monday.",
        "Q: What is the hardest part of the winter?",
        "A: “Nights. There are four of us for thirty beds, and every bed is full by ten.”",
    ]
    assert speakers_in_order(paragraphs) == ["Amal Haddad"]


def test_questions_no_person_answers_keep_no_speaker() -> None:
    paragraphs = [
        "The clinic published a list of common questions on its website.",
        "Q: Do I need a booster?",
        "A: “Most adults who had two doses as children are protected for life.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_quote_after_the_block_keeps_its_own_speaker() -> None:
    paragraphs = [
        "Dr. Paulo Reis spoke to the Courier on Friday.",
        "Q: Do I need a booster?",
        "A: “Most adults who had two doses as children are protected for life.”",
        "“We will open two more clinics next year,” said Tomas Berg, the county's nurse.",
    ]
    assert speakers_in_order(paragraphs) == ["Paulo Reis", "Tomas Berg"]
