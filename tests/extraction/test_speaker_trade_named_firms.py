"""A firm named by its trade before a name of its own ("Studio Norra", "Atelier Brun") speaks
under its whole name, although "Studio" opens sentences as a common word, while a person
named beside such a firm keeps speaking."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Ana Vell leads the design team at Holm Works."
_WORDS = "We built this studio for the long haul and it shows in every room"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” said Studio Norra.", "Studio Norra"),
        (f"“{_WORDS},” Studio Norra said in a statement.", "Studio Norra"),
        (f"Studio Norra said: “{_WORDS}.”", "Studio Norra"),
        (f"“{_WORDS},” said Atelier Brun.", "Atelier Brun"),
    ],
)
def test_a_firm_named_by_its_trade_speaks_whole(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” said Tom Ode of Studio Norra.", "Tom Ode"),
        (f"Studio Norra’s founder, Tom Ode, said: “{_WORDS}.”", "Tom Ode"),
        (f"Studio boss Tom Ode said: “{_WORDS}.”", "Tom Ode"),
        (f"“{_WORDS},” said Studio Tom Ode.", "Tom Ode"),
        (f"Among Ode’s clients, Ana Vell said: “{_WORDS}.”", "Ana Vell"),
    ],
)
def test_a_person_beside_a_trade_word_still_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]
