"""A Title Case headline pair holding a verb, bare or in the present ("Rejects Calloway Bid",
"Double Sends Castlebridge Up"), names no one when the body never writes that verb as a name:
the body's "he said" and "the club said" keep their own people and bodies."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We knew this would be a long week for everyone at the club,”"


@pytest.mark.parametrize(
    ("headline", "paragraphs", "expected"),
    [
        (
            "Tarrow Mills Rejects Calloway Bid as Profits Climb Sharply",
            [
                "Calloway Partners said it was weighing its options.",
                "Its chief executive, Pieter-Jan Rademakers, spoke by phone. "
                f"{_QUOTE} he said.",
            ],
            ["Pieter-Jan Rademakers"],
        ),
        (
            "Late Okafor Double Sends Harnley Up as Visitors Fade",
            [
                "Harnley Town won promotion on Saturday.",
                f"Tickets will go on sale on Monday. {_QUOTE} Harnley said in a statement.",
            ],
            ["Harnley Town"],
        ),
        (
            "Brisby Beat Harnley Late as Okafor Leads Comeback",
            ["Brisby Albion came from two goals down.", f"{_QUOTE} Okafor said afterwards."],
            ["Okafor"],
        ),
    ],
)
def test_a_verb_in_a_headline_pair_names_no_one(
    headline: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert speakers_in_order(paragraphs, headline) == expected


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Dua Rexha Opens Up About Her Year Away From Music", "Dua Rexha"),
        ("Tobi Hunt Takes Third Title in Four Years at Marlow", "Tobi Hunt"),
    ],
)
def test_a_name_the_body_writes_stays_whole(headline: str, name: str) -> None:
    surname = name.split()[-1]
    paragraphs = ["The evening ran late.", f"{_QUOTE} {surname} said."]
    assert speakers_in_order(paragraphs, headline) == [name]
