"""A "they" that finds no body or group after a sentence naming two people together ("The
letter, signed by Senators A and B, asks …") is the first of the two, as "the pair said" is;
residents or officials brought in unnamed keep no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Cancelling peer-reviewed research midway wastes money and sets back public health,”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The letter, signed by Senators Beatriz Alvarado-Kim and Thomas Whitfield-Ode, asks"
            " the agency for its records by May 1.",
            "Beatriz Alvarado-Kim",
        ),
        (
            "Drs Kofi Asante and Lena Marchetti wrote to the journal on Friday.",
            "Kofi Asante",
        ),
    ],
)
def test_they_is_the_first_of_the_two(sentence: str, speaker: str) -> None:
    paragraphs = ["The agency cut 37 grants last month.", f"{sentence} {_QUOTE} they wrote."]
    assert speakers_in_order(paragraphs) == [speaker]


def test_unnamed_people_keep_no_speaker() -> None:
    paragraphs = [
        "The agency cut 37 grants last month, and Beatriz Alvarado-Kim and Thomas Whitfield-Ode"
        " asked why.",
        f"Researchers at three universities wrote to the agency on Friday. {_QUOTE} they wrote.",
    ]
    assert speakers_in_order(paragraphs) == [None]
