"""A firm named by two words joined with a spaced "&" ("Halloway & Crane", "Briggs & Tolland
LLP", "Mossley & Sons") speaks under its whole name, while people joined by "&" ("Jade &
Rory", "Tom & Ann Lee") and letters joined by it ("Q & A") read as before."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order

_OPENING = "Ana Vell leads the design team at Holm Works."
_WORDS = "We built this studio for the long haul and it shows in every room"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” said Halloway & Crane.", "Halloway & Crane"),
        (f"“{_WORDS},” Halloway & Crane said in a statement.", "Halloway & Crane"),
        (f"Halloway & Crane said: “{_WORDS}.”", "Halloway & Crane"),
        (f"“{_WORDS},” said Briggs & Tolland LLP.", "Briggs & Tolland LLP"),
        (f"“{_WORDS},” said Mossley & Sons.", "Mossley & Sons"),
        (f"“{_WORDS},” said Pell & Co.", "Pell & Co"),
        (f"“{_WORDS},” Hollis & Hollis said.", "Hollis & Hollis"),
        (f"“{_WORDS},” said Dunmore & Wren Architects.", "Dunmore & Wren Architects"),
    ],
)
def test_a_spaced_firm_name_speaks_whole(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” said Tom & Ann Lee.", "Ann Lee"),
        (f"“{_WORDS},” Tom Ode & Ann Lee said.", "Tom Ode"),
        (f"R&D chief Tom Ode said: “{_WORDS}.”", "Tom Ode"),
        (f"In a Q & A, Tom Ode said: “{_WORDS}.”", "Tom Ode"),
        (f"Halloway & Crane’s chief, Tom Ode, said: “{_WORDS}.”", "Tom Ode"),
        (f"“{_WORDS},” said Tom Ode of Halloway & Crane.", "Tom Ode"),
    ],
)
def test_people_beside_a_spaced_mark_still_speak(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


def test_a_couple_joined_in_the_headline_stays_two_people() -> None:
    paragraphs = [
        "Jade Monroe and Rory Kell have parted after six years.",
        f"“{_WORDS},” Jade & Rory said in a joint statement.",
    ]
    speakers = speakers_in_order(paragraphs, "Jade & Rory split after six years")
    assert speakers in (["Jade Monroe"], ["Rory Kell"])


def test_a_firm_named_inside_a_quote_keeps_its_spaces() -> None:
    words = "We left Halloway & Crane for a firm that builds for the long haul"
    quotes = extract_quotes([_OPENING, f"“{words},” said Ana Vell."])
    assert [(q.text, q.speaker) for q in quotes] == [(words, "Ana Vell")]
