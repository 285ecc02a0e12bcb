"""An "it" speaking after a sentence about a thing ("The recall follows a crash in March.")
means the body the sentence before that opens with; a body's kind opening the nearer
sentence ("The regulator ordered a review.") is never passed over, and a tag naming someone
still wins."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“It is the right thing to do for every one of our customers,”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Rossi Motors recalled 20,000 cars this week. The recall follows a crash in March.",
            "Rossi Motors",
        ),
        (
            "The Hope Trust opened a shelter on Friday. The building has room for 40 people.",
            "Hope Trust",
        ),
        (
            "Banco Estrella closed two branches. This decision angered the villagers.",
            "Banco Estrella",
        ),
    ],
)
def test_it_past_a_sentence_about_a_thing(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE} it said."]) == [speaker]


def test_it_past_a_thing_across_a_paragraph_break() -> None:
    paragraphs = [
        "The Hope Trust opened a shelter on Friday. The building has room for 40 people.",
        f"{_QUOTE} it said.",
    ]
    assert speakers_in_order(paragraphs) == ["Hope Trust"]


def test_a_body_by_its_kind_is_not_passed_over() -> None:
    lead = "Rossi Motors recalled 20,000 cars this week. The regulator ordered a review."
    assert speakers_in_order([f"{lead} {_QUOTE} it said."]) == [None]


def test_a_named_tag_wins() -> None:
    lead = "The Hope Trust opened a shelter on Friday. The building has room for 40 people."
    said = f"{_QUOTE} said Amara Diallo, a volunteer."
    assert speakers_in_order([f"{lead} {said}"]) == ["Amara Diallo"]
