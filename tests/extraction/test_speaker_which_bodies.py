"""A body whose name holds no word that marks it as one is known by the "which" clause of what
a body does after it ("produced by Brackwater Audio, which also makes", "Northlight, which
commissioned the series"): a later "the network" or "the streamer" means it, not a body named
before it; a product or a place with a "which" clause of another kind is no body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The guest, Amara Osei, is an ocean chemist at the Brenmoor Institute."


@pytest.mark.parametrize(
    ("intro", "noun", "body"),
    [
        (
            "The Long Table is produced by Brackwater Audio, which also makes a dozen other shows.",
            "network",
            "Brackwater Audio",
        ),
        (
            "Northlight, which commissioned the series after a bidding war, has not announced a"
            " second season.",
            "streamer",
            "Northlight",
        ),
        (
            "The game was published by Corvane Interactive, which bought the studio in 2021.",
            "publisher",
            "Corvane Interactive",
        ),
        (
            "Quarrystone Sound, which owns the label, has been quiet.",
            "company",
            "Quarrystone Sound",
        ),
    ],
)
def test_the_body_a_which_clause_marks(intro: str, noun: str, body: str) -> None:
    paragraphs = [
        _BEFORE,
        f"{intro} In a statement, the {noun} said it was “incredibly proud of the show and of the"
        " audience it has found.”",
    ]
    assert speakers_in_order(paragraphs) == [body]


def test_a_product_with_a_which_clause_is_no_body() -> None:
    paragraphs = [
        "The Slate Fold, which goes on sale in March, opens into a 10-inch display.",
        "In a blog post, the company said the hinge was “the hardest thing we have ever built.”",
    ]
    assert speakers_in_order(paragraphs) != ["Slate Fold"]


def test_a_place_with_a_which_clause_is_no_body() -> None:
    paragraphs = [
        "Varrow Ferries Ltd runs the boats to the island.",
        "Port Sedley, which has two shops and a hotel, is the last stop.",
        "In a statement, the company said the timetable was “under review for the winter months.”",
    ]
    assert speakers_in_order(paragraphs) == ["Varrow Ferries Ltd"]
