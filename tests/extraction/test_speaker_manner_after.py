"""A bare quote followed in its paragraph by a sentence that names someone and says how they
spoke ("“…” Lena Dorn, the union's director, was defiant.", "The coach, Ana Ruiz, did not
mince her words.") is theirs, not the last speaker's; a sentence about the last speaker or
about someone's plans keeps the quote with the last speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Tom Brennan, a worker, said he was angry. “They lied to us for years,” Brennan said."
_QUOTE = "“We will fight this closure in every court in the land.”"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Lena Dorn, the union’s director, was defiant on Monday.", "Lena Dorn"),
        ("Lena Dorn, the union’s director, did not mince her words.", "Lena Dorn"),
        ("The union’s director, Lena Dorn, was defiant.", "Lena Dorn"),
        ("Kofi Mensah remained adamant after the meeting.", "Kofi Mensah"),
        ("Ines van der Berg struck a combative tone.", "Ines van der Berg"),
        ("Omar Haddad was in no mood to compromise.", "Omar Haddad"),
    ],
)
def test_the_one_said_to_speak_so_after_the_quote(after: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {after}"]) == ["Tom Brennan", speaker]


@pytest.mark.parametrize(
    "after",
    [
        "Brennan then walked out of the hall.",
        "Lena Dorn, the union’s director, is due to meet the owners on Friday.",
        "Lena Dorn was born in the town and still lives there.",
    ],
)
def test_other_sentences_keep_the_last_speaker(after: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {after}"]) == ["Tom Brennan", "Tom Brennan"]
