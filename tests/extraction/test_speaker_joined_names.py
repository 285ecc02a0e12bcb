"""A firm whose name joins words with "&" or "+" and no space ("AT&T", "P+K Architects",
"Perkins&Will") speaks under its whole name, in a "said" clause or a dash credit after the quote,
and is an organisation, while people named beside such a firm keep speaking."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Ana Vell leads the design team at Holm Works."
_WORDS = "We built this studio for the long haul and it shows in every room"
_OTHER = "Tenants can ask for far more than they could five years ago"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"“{_WORDS},” AT&T said in a statement.", "AT&T"),
        (f"“{_WORDS},” said H&M.", "H&M"),
        (f"“{_WORDS},” said P+K Architects.", "P+K Architects"),
        (f"“{_WORDS},” said Perkins&Will.", "Perkins&Will"),
        (f"“{_WORDS},” said S&P Global.", "S&P Global"),
        (f"“{_WORDS},” Disney+ said in a statement.", "Disney+"),
        (f"“{_WORDS},” the company, AT&T, said.", "AT&T"),
    ],
)
def test_a_joined_firm_name_speaks_whole(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [speaker]


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("Studio P+K", "Studio P+K"),
        ("Bright&Co", "Bright&Co"),
        ("Perkins&Will", "Perkins&Will"),
        ("P+K Architects", "P+K Architects"),
    ],
)
def test_a_dash_credit_to_a_joined_firm_is_its_own(credit: str, speaker: str) -> None:
    paragraphs = [
        "Design for the long run",
        f"“{_WORDS}.” —{credit}",
        "Build with care",
        f"“{_OTHER}.” —Ana Vell, director, Holm Works",
    ]
    assert speakers_in_order(paragraphs) == [speaker, "Ana Vell"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{_WORDS},” said Tom Ode of P+K Architects.",
        f"R&D chief Tom Ode said: “{_WORDS}.”",
        f"In a Q&A, Tom Ode said: “{_WORDS}.”",
        f"“{_WORDS},” said Tom Ode, a partner at Perkins&Will.",
        f"Tom Ode, who runs M&A at the bank, said: “{_WORDS}.”",
    ],
)
def test_a_person_beside_a_joined_word_still_speaks(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Tom Ode"]
