"""A firm whose name opens with a word the first-name lists hold ("Calloway Partners",
"Winston Holdings") is no man or woman when the article then calls it by that word alone:
a later "he said" goes to the person named since, not to "Calloway", even when the lists
do not know that person's first name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our door stays open, and the logic of a deal is obvious to anyone,”"


@pytest.mark.parametrize(
    ("firm", "person", "pronoun"),
    [
        ("Calloway Partners", "Pieter-Jan Rademakers", "he"),
        ("Harrison Partners", "Jan-Willem Dekkers", "he"),
        ("Calloway Holdings", "Oluwatoyin Bakare", "she"),
        ("Winston Capital", "Kwame Asare", "he"),
        ("Douglas Foods", "Tadgh Ormsby", "he"),
    ],
)
def test_a_firm_named_by_a_first_name_is_no_person(firm: str, person: str, pronoun: str) -> None:
    short = firm.split()[0]
    paragraphs = [
        f"Tarrow Mills rejected an offer from {firm} on Wednesday.",
        f"{short}, which is based in Dortveld, said it was weighing its options.",
        f"Its chief executive, {person}, struck a warmer note by phone. {_QUOTE} {pronoun} said.",
    ]
    assert speakers_in_order(paragraphs) == [person]


def test_a_person_of_that_first_name_still_speaks() -> None:
    paragraphs = [
        "Tarrow Mills rejected an offer from Calloway Partners on Wednesday.",
        "Winston Okafor, a shareholder, called the offer too low. "
        f"{_QUOTE} he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Winston Okafor"]
