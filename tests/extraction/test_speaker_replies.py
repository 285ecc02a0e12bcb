"""The wrong nearby person: "she replied" after a question asked by another woman is the answer
of the one asked, not more words of the asker; with no question before it, or no other person
of that gender, the pronoun keeps its usual reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Ann Lee interviewed Rina Vale for her podcast this week.",
                "“Are you going anywhere this year at all?” Lee asked.",
                "“We are not going anywhere,” she replied.",
            ],
            ["Ann Lee", "Rina Vale"],
        ),
        (
            [
                "Tom Reyes questioned Sam Ortiz at the council meeting on Monday.",
                "“Where did all of the money go?” Reyes asked.",
                "“It was spent on the new roof for the school,” he answered.",
            ],
            ["Tom Reyes", "Sam Ortiz"],
        ),
        (
            [
                "Tom Reyes met Rina Vale at the council meeting on Monday.",
                "“Where did all of the money go?” Reyes asked.",
                "“It was spent on the new roof for the school,” she replied.",
            ],
            ["Tom Reyes", "Rina Vale"],
        ),
    ],
)
def test_a_reply_to_a_question_is_the_one_asked(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Rina Vale and her sister Ann Vale run the club together.",
            "“We will not sell the club to anyone,” Rina Vale said on Monday.",
            "“We are not going anywhere this year,” she replied when asked again.",
        ],
        [
            "Rina Vale was asked about the rumours on Monday.",
            "“We are not going anywhere this year,” she replied.",
        ],
    ],
)
def test_a_reply_after_no_question_keeps_the_speaker(paragraphs: list[str]) -> None:
    assert set(speakers_in_order(paragraphs)) == {"Rina Vale"}
