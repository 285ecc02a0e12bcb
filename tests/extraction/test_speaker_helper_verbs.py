"""A helping verb between an appositive speaker and "say", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Aubrecht Therapeutics said it would seek approval for the drug next year. "
_QUOTE = " “a price that reflects the value to patients and to health systems.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "At an investor meeting, Aubrecht's finance chief, Pauline Verhaegen, would say only"
            " that the company wanted",
            "Pauline Verhaegen",
        ),
        (
            "On Thursday, the finance chief, Pauline Verhaegen, would only say that it wanted",
            "Pauline Verhaegen",
        ),
        (
            "Asked about cost, the company's founder, Ivo Brandt, could say only that it sought",
            "Ivo Brandt",
        ),
        (
            "In a call with analysts, its chief executive, Lena Marsh, did say that it expected",
            "Lena Marsh",
        ),
        ("Pauline Verhaegen would only say that the company wanted", "Pauline Verhaegen"),
    ],
)
def test_the_appositive_speaker_before_a_helping_verb(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE + lead + _QUOTE]) == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Aubrecht Therapeutics, however, would say only that it wanted", "Aubrecht Therapeutics"),
        ("Pauline Verhaegen, however, would say only that it wanted", "Pauline Verhaegen"),
    ],
)
def test_a_word_set_off_before_a_helping_verb_leaves_the_subject(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE + lead + _QUOTE]) == [speaker]
