"""A titled person named with the body they sit on ("Judge Eleanor Mbatha of the Calder County
Superior Court") issues a document as that person, not as a name running on to the court's;
a title before a body's own words ("Director General of …") is left alone."""

from __future__ import annotations

import pytest

from bot.extraction.document_owners import person_of_body
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Judge Eleanor Mbatha of the Calder County Superior Court", "Eleanor Mbatha"),
        ("Justice Tomasz Wróbel of the Harlow High Court", "Tomasz Wróbel"),
        (
            "Magistrate Kelechi Adeyemi-Ross of the Port Avery Magistrates’ Court",
            "Kelechi Adeyemi-Ross",
        ),
    ],
)
def test_a_ruling_read_after_its_judge(opening: str, speaker: str) -> None:
    paragraphs = [
        f"In a 23-page ruling issued on Friday, {opening} dismissed the central claim.",
        "The ruling reads in another passage: “The court has been shown no document or witness"
        " that places the agreement anywhere but in his recollection.”",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Judge Ann Obi of the Harlow Crown Court", "Judge Ann Obi"),
        ("Hana Lind of Northgate Research", "Hana Lind"),
        ("Director General of the Harbour Authority", "Director General of the Harbour Authority"),
        ("Justice Department of Tessaly", "Justice Department of Tessaly"),
        ("Bank of England", "Bank of England"),
    ],
)
def test_person_of_body(name: str, expected: str) -> None:
    assert person_of_body(name) == expected
