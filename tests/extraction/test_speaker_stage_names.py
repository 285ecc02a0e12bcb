"""A stage name after "DJ" or "MC" ("DJ Zinc", "MC Tempo") is a name even when no list knows the
word, so it speaks; "a DJ" or "the DJ" with no name after it is a role, never the name "DJ"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Tom Reyes has hosted the late show on the station since 2009."
_WORDS = "This is a very big moment for me and for everyone who listens"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"He is to be succeeded by DJ Zinc who said: “{_WORDS}.”", "Zinc"),
        (f"The last set was played by MC Tempo, who told the crowd: “{_WORDS}.”", "Tempo"),
        (f"“{_WORDS},” said DJ Marvo.", "Marvo"),
        (f"DJ Sparx, who joins from a pirate station, said: “{_WORDS}.”", "Sparx"),
    ],
)
def test_a_stage_name_after_dj_or_mc_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


def test_a_dj_left_unnamed_is_nobody() -> None:
    sentence = f"The station also thanked a DJ who said: “{_WORDS}.”"
    assert speakers_in_order([_OPENING, sentence]) == [None]


def test_a_known_first_name_after_dj_still_speaks() -> None:
    sentence = f"He is to be succeeded by DJ Rocky who said: “{_WORDS}.”"
    assert speakers_in_order([_OPENING, sentence]) == ["Rocky"]
