"""A lawsuit described between commas with the people who filed it ("The lawsuit, filed by
Harriet Okeke, Samir Qadri and Lena Brückner, says …") speaks for the first of them, the one
named first as the claimant, not a name read from the middle of the list."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CLAIM = "“built a commercial product on the backs of writers who were never asked.”"


@pytest.mark.parametrize(
    ("filers", "speaker"),
    [
        ("Harriet Okeke, Samir Qadri and Lena Brückner", "Harriet Okeke"),
        ("Samir Qadri and Lena Brückner", "Samir Qadri"),
        ("the Guild of Rural Nurses", "Guild of Rural Nurses"),
    ],
)
def test_the_lawsuit_speaks_for_its_first_filer(filers: str, speaker: str) -> None:
    paragraphs = [
        "Writers sued Lumen Labs on Wednesday over its chatbot.",
        f"The lawsuit, filed by {filers}, says Lumen {_CLAIM}",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_person_named_first_keeps_the_quote() -> None:
    paragraphs = [
        "Writers sued Lumen Labs on Wednesday over its chatbot.",
        f"Harriet Okeke, who filed the lawsuit, says Lumen {_CLAIM}",
    ]
    assert speakers_in_order(paragraphs) == ["Harriet Okeke"]
