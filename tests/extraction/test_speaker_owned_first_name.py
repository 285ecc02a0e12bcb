"""A sentence opening on someone's relative or role named by one word between commas
("Oyelaran's wife, Adaeze, is less patient.") has that person as its subject, for the quote after
it; a place or thing of theirs named so is no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“You do not close a bus route, you close a village, one house at a time.”"
_OPENING = "Desmond Oyelaran taught at the school for 31 years. Gwen Tallis runs the post office."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Oyelaran's wife, Adaeze, is less patient.", "Adaeze"),
        ("Tallis's husband, Huw, is less patient.", "Huw"),
        ("Oyelaran's daughter, Ngozi, rolls her eyes.", "Ngozi"),
        ("Tallis's assistant, Bryn, was more blunt.", "Bryn"),
    ],
)
def test_a_relative_named_by_one_word(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == [speaker]


def test_a_thing_of_theirs_is_no_one() -> None:
    sentence = "Oyelaran's old school, Carvel, is shut."
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == ["Desmond Oyelaran"]
