"""An institution that spoke in the sentence before, named as "it", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board adopted a resolution on Friday.",
                "It calls for “an immediate end to the shelling of the port.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "The Valley Water Board published its yearly survey on Monday.",
                "It warns of “serious gaps in the checks on older dams.”",
            ],
            "Valley Water Board",
        ),
        (
            [
                "The Northbridge Town Council voted on the plan late on Tuesday.",
                "It urged “every landlord to fix the damp before winter.”",
            ],
            "Northbridge Town Council",
        ),
    ],
)
def test_a_body_is_named_without_the_sentence_article(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter, the Harbour Board demanded “an immediate end to the night dredging.”",
        "On Friday, the Harbour Board demanded “an immediate end to the night dredging.”",
        "In its letter on Friday, the Harbour Board demanded “an end to the night dredging.”",
        "After a long meeting, the Harbour Board insisted on “an end to the night dredging.”",
    ],
)
def test_a_body_after_an_opening_phrase_is_the_subject(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Harbour Board"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, Ana Ruiz told the Harbour Board it needed “an end to the night dredging.”",
        "In a letter to the Harbour Board, Ana Ruiz demanded “an end to the night dredging.”",
    ],
)
def test_a_body_only_mentioned_after_an_opening_phrase_is_not_the_speaker(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Ana Ruiz"]
