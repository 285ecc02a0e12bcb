"""Partial quotes credited to a document or page whose owner the article names, invented text."""

from __future__ import annotations

import pytest

from bot.extraction import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    """Speakers of the quotes in reading order."""
    text = " ".join(paragraphs)
    quotes = extract_quotes(tuple(paragraphs), "")
    return [q.speaker for q in sorted(quotes, key=lambda q: text.find(q.text[:20]))]


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
    assert _speakers(paragraphs) == [speaker]


def test_a_draft_nobody_is_said_to_have_issued_has_no_speaker() -> None:
    paragraphs = [
        "Ana Ruiz wrote a draft of the speech last week.",
        "An earlier draft proposed “a ban on all new towers along the water.”",
    ]
    assert _speakers(paragraphs) == [None]


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
    assert _speakers([sentence]) == [speaker]
