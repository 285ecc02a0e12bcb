"""A one-word company opening the lede as the subject of a sentence about its doings
("Halvora showed off its first folding tablet on Tuesday") is what a later "the company" means
when the article names no other body, however far down; a person or a place opening the lede is
not, and a company named later still wins."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FILLER = (
    "The device opens from a phone-sized slab into a ten-inch display and goes on sale in"
    " March, in three colours, with a stylus sold separately for those who want one."
)
_QUOTE = (
    "In a blog post published as the event began, the company explained the design. “The"
    " display bends into a loop inside the body, so the glass never meets a sharp angle,” the"
    " post reads."
)


@pytest.mark.parametrize(
    ("lede", "firm"),
    [
        ("Halvora showed off its first folding tablet on Tuesday.", "Halvora"),
        ("Quillbright has cut the price of its cheapest laptop by a third.", "Quillbright"),
        ("Zentaro unveiled its long-delayed headset in Osaka on Monday.", "Zentaro"),
    ],
)
def test_the_ledes_firm(lede: str, firm: str) -> None:
    assert speakers_in_order([lede, *([_FILLER] * 6), _QUOTE]) == [firm]


@pytest.mark.parametrize(
    "lede",
    [
        "Marcus showed off his first folding tablet on Tuesday.",
        "London welcomed its first folding tablet shop on Tuesday.",
    ],
)
def test_a_person_or_place_opening_the_lede(lede: str) -> None:
    assert speakers_in_order([lede, *([_FILLER] * 6), _QUOTE]) == [None]


def test_a_company_named_later_wins() -> None:
    paragraphs = [
        "Halvora showed off its first folding tablet on Tuesday.",
        *([_FILLER] * 6),
        "The hinge is made by Corvane Industries, a supplier in Port Sedley.",
        _QUOTE,
    ]
    assert speakers_in_order(paragraphs) == ["Corvane Industries"]
