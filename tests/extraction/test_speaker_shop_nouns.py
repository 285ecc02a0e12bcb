"""A business called by its kind ("the bakery", "the shop", "the cafe") speaks for the one of
that kind the article named, as "the zoo" and "the museum" do; a kind nobody was named as keeps
no speaker, and "the shop owner" is the owner named before, not the shop."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Thank you for every loaf, every coffee and every kind word over the years,”"


@pytest.mark.parametrize(
    ("named", "said", "speaker"),
    [
        (
            "The Copper Hill Bakery in Bruges shut.",
            "the bakery wrote",
            "Copper Hill Bakery",
        ),
        ("Paper Moth Books, a shop in Hull, will shut.", "the shop said", "Paper Moth Books"),
        ("Marigold Café in Lyon is closing.", "the cafe posted", "Marigold Café"),
        ("The Kestrel Hotel in Oban was sold.", "the hotel said", "Kestrel Hotel"),
    ],
)
def test_a_business_by_its_kind_is_the_one_named(named: str, said: str, speaker: str) -> None:
    assert speakers_in_order([named, f"{_QUOTE} {said}."]) == [speaker]


def test_a_kind_nobody_was_named_as_keeps_no_speaker() -> None:
    paragraphs = ["Diners on Elm Row were turned away on Friday.", f"{_QUOTE} the restaurant said."]
    assert speakers_in_order(paragraphs) == [None]


def test_the_shop_owner_is_the_person_named() -> None:
    paragraphs = [
        "Ana Ruiz has run a shoe shop in Porto since 1990.",
        f"{_QUOTE} the shop owner said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]
