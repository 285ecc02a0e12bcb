"""Staff brought in by their body in the sentence before a quote, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SAID = "“The rivers are already full and the ground cannot take any more,” they said."
_BARE = "“The rivers are already full and the ground cannot take any more.”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Forecasters at the Albion Weather Service said more rain was coming. " + _SAID],
            "Albion Weather Service",
        ),
        (
            ["Forecasters at the Albion Weather Service said more rain was coming.", _SAID],
            "Albion Weather Service",
        ),
        (
            ["Forecasters at the Albion Weather Service said more rain was coming.", _BARE],
            "Albion Weather Service",
        ),
        (
            ["Engineers from the Orrin Water Board, however, warned of floods.", _BARE],
            "Orrin Water Board",
        ),
        (
            ["The scientists at Hallam University expect the river to rise. " + _SAID],
            "Hallam University",
        ),
    ],
)
def test_the_staff_before_the_quote_speak_for_their_body(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Forecasters at the Albion Weather Service said more rain was coming. Residents"
            " were told to stay home. " + _SAID
        ],
        [
            "Forecasters at the Albion Weather Service said rain was coming.",
            "Ana Ruiz said: " + _BARE,
        ],
    ],
)
def test_the_staff_not_right_before_the_quote_are_not_its_speaker(
    paragraphs: list[str],
) -> None:
    assert speakers_in_order(paragraphs) != ["Albion Weather Service"]
