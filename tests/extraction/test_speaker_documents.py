"""Partial quotes credited to a document or page whose owner the article names, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board sent its proposal for the old port to the council on Monday.",
                "An earlier draft proposed “a ban on all new towers along the water.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "Northwind Games keeps a page on its site about the game.",
                "The site indicates “a release in the spring of next year.”",
            ],
            "Northwind Games",
        ),
        (
            ["Northwind Games’ website describes the game as “a quiet story about a keeper.”"],
            "Northwind Games",
        ),
        (
            ["The Harbour Board sent the council a request that “every boat be moved by Friday.”"],
            "Harbour Board",
        ),
    ],
)
def test_the_owner_of_a_draft_site_or_request(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_draft_nobody_is_said_to_have_issued_has_no_speaker() -> None:
    paragraphs = [
        "Ana Ruiz wrote a draft of the speech last week.",
        "An earlier draft proposed “a ban on all new towers along the water.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In 2001, the High Court ruled that “a tenant may not be evicted for speaking out.”",
            "High Court",
        ),
        (
            "In the case Reyes v. Holt, the High Court ruled unanimously that “a tenant may not be"
            " evicted for speaking out.”",
            "High Court",
        ),
        (
            "Tom Reed ruled out a return this season, saying “my knee is not ready for a match.”",
            "Tom Reed",
        ),
    ],
)
def test_a_court_speaks_in_its_ruling(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
