"""A world ranking standing for a speaker ("said the world number three") is the person the
article named with that ranking, and nobody when it named no one so."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I stayed patient in the second set and the points came,”"


@pytest.mark.parametrize(
    ("named", "credit", "speaker"),
    [
        (
            "World number three Ana Kovac beat Lena Marsh.",
            "said the world number three.",
            "Ana Kovac",
        ),
        (
            "Ana Kovac, the world number three, beat Lena Marsh.",
            "the world number three said.",
            "Ana Kovac",
        ),
        ("The world No 1, Sam Ode, beat Tom Reyes.", "said the world No 1.", "Sam Ode"),
        ("World No. 12 Ines Varga beat Lena Marsh.", "said the world No. 12.", "Ines Varga"),
        ("Kovac beat world number two Lena Marsh.", "said the world number two.", "Lena Marsh"),
    ],
)
def test_the_one_named_with_the_ranking(named: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([named, f"{_QUOTE} {credit}"]) == [speaker]


@pytest.mark.parametrize(
    ("named", "credit"),
    [  # nobody named with that ranking: no speaker, not the last one named
        ("Lena Marsh beat Tom Reyes in two sets.", "said the world number three."),
        ("World number three Ana Kovac beat Lena Marsh.", "said the world number two."),
    ],
)
def test_no_one_named_with_the_ranking(named: str, credit: str) -> None:
    assert speakers_in_order([named, f"{_QUOTE} {credit}"]) == [None]
