"""A firm whose joined name ends in a possessive that owns nothing ("Brant&Kell’s said")
speaks under that name, possessive and all, while a possessive that owns a role or a person
("P+K’s chief, Tom Ode") still gives the person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Ana Vell leads the design team at Holm Works."
_WORDS = "We built this studio for the long haul and it shows in every room"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” Brant&Kell’s said.", "Brant&Kell’s"),
        (f"“{_WORDS},” Brant&Kell's said in a statement.", "Brant&Kell's"),
        (f"“{_WORDS},” said Brant&Kell’s.", "Brant&Kell’s"),
        (f"Brant&Kell’s said: “{_WORDS}.”", "Brant&Kell’s"),
    ],
)
def test_a_joined_name_owning_nothing_keeps_its_possessive(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"P+K’s chief, Tom Ode, said: “{_WORDS}.”", "Tom Ode"),
        (f"Brant&Kell’s Tom Ode said: “{_WORDS}.”", "Tom Ode"),
        (f"“{_WORDS},” said Tom Ode, Brant&Kell’s chief.", "Tom Ode"),
        (f"“{_WORDS},” Tom Ode said of Brant&Kell’s.", "Tom Ode"),
        (f"“{_WORDS},” Ana Vell’s said.", "Ana Vell"),
    ],
)
def test_a_possessive_that_owns_something_still_gives_the_person(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]
