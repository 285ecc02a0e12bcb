"""A title in the plural before two people named together ("Senators Ann Ode and Tom Reyes",
"Drs Mia Hart and Li Wen") is no part of the first one's name; a body's or a place's word that
looks like one ("Kings College Hospital") is left alone."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("pair", "speaker"),
    [
        ("Senators Eleanor Whitcombe and Douglas Farrant", "Eleanor Whitcombe"),
        ("Sens. Priya Natarajan and Colin Fairbairn", "Priya Natarajan"),
        ("Drs Ingrid Solberg and Kwame Mensah", "Ingrid Solberg"),
        ("Councillors Aoife Brennan and Tariq Malik", "Aoife Brennan"),
    ],
)
def test_a_plural_title_before_a_pair(pair: str, speaker: str) -> None:
    paragraphs = [
        f"{pair} sent a letter to the agency on Wednesday demanding a briefing within ten days.",
        "“The public deserves to know why these grants were frozen without any warning,” the"
        " letter says.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_body_named_with_a_plural_word_keeps_it() -> None:
    paragraphs = [
        "“We are reviewing every case that was affected by the outage last week,” Kings College"
        " Hospital said in a statement."
    ]
    assert speakers_in_order(paragraphs) == ["Kings College Hospital"]
