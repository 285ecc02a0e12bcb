"""A body named by its kind opening the sentence ("The company cut 300 jobs in September, when it
said …") is whom the "it" later in that sentence means: the company the article named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The company cut 300 jobs in September, when it said the reductions would “position"
            " us for sustainable growth.”",
            "Brightwell Software",
        ),
        (
            "The firm closed two plants last spring, after it said demand had fallen “faster"
            " than anyone in the industry expected.”",
            "Brightwell Software",
        ),
    ],
)
def test_it_is_the_body_opening_the_sentence(sentence: str, speaker: str) -> None:
    paragraphs = ["Brightwell Software will lay off 1,200 staff, it said on Wednesday.", sentence]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_person_opening_the_sentence_keeps_it() -> None:
    paragraphs = [
        "Brightwell Software will lay off 1,200 staff, it said on Wednesday.",
        "Ingrid Castellanos cut 300 jobs in September, when she said the reductions would"
        " “position us for sustainable growth.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ingrid Castellanos"]
