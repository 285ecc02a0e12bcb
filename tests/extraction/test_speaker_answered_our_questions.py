"""An opening that names someone taking the writer's questions ("Marta Silva, who runs a
bakery, answered our questions", "Dr. Ike Eze took some of our questions") makes the
first-person answers after each question theirs; a tag naming someone else still wins."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Marta Silva, who runs a bakery in a harbour town, answered our questions.",
            "Marta Silva",
        ),
        ("Dr. Ikechukwu Eze took some of our questions about sleep.", "Ikechukwu Eze"),
        ("Yuki Mori fielded readers’ questions this week.", "Yuki Mori"),
    ],
)
def test_answers_belong_to_the_one_taking_questions(opening: str, speaker: str) -> None:
    paragraphs = [
        opening,
        "What was the hardest year?",
        "“The year of the floods, without a doubt. We closed for four months and I thought we"
        " would never open again.”",
        "What keeps you going?",
        "“My regulars. Some of them have come to see me every morning for thirty years.”",
    ]
    assert speakers_in_order(paragraphs) == [speaker, speaker]


def test_a_tagged_quote_in_the_answers_stays_with_its_tag() -> None:
    paragraphs = [
        "Marta Silva, who runs a bakery with her husband Rui Costa, answered our questions.",
        "Who gets up first?",
        "“I do, at four in the morning. I like the quiet before anyone comes in.”",
        "“She is always first, and I bring the coffee,” said Rui Costa, laughing.",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Silva", "Rui Costa"]
