"""A word set off by commas between a subject and its verb, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Pellworth confirmed on Monday that its plant in Dunmere would close."


@pytest.mark.parametrize(
    "sentence",
    [
        "The company, however, would say only that “it is reviewing its options.”",
        "The company, however, would only say that “it is reviewing its options.”",
        "The company, though, said only that “it is reviewing its options.”",
        "The firm, for its part, said: “We are reviewing our options.”",
        "The company, however, would say that “it is reviewing its options.”",
    ],
)
def test_the_subject_before_an_aside_speaks(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Pellworth"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A spokeswoman, however, would say only that “it is reviewing its options.”",
            None,
        ),
        (
            "The company, however, has other plans. “We are not leaving this town without a"
            " fight,” said Ana Ruiz.",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, however, would say only that “it is reviewing its options.”",
            "Ana Ruiz",
        ),
    ],
)
def test_an_aside_keeps_other_speakers(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]
