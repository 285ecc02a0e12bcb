"""A presentation named by its author ("An internal Halvard presentation describes …") is that
author's, also when a participle says where it was quoted ("… quoted in the filing describes")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "The Competition and Consumer Authority has sued Halvard Logistics over fuel surcharges."


def test_a_presentation_named_by_its_author_is_theirs() -> None:
    for phrase in (
        "An internal Halvard presentation",
        "An internal Halvard presentation quoted in the filing",
        "A 2021 Halvard presentation seen by the Post",
    ):
        paragraphs = [
            _OPENING,
            f"{phrase} describes the surcharge as “low-visibility revenue that customers rarely"
            " query.”",
        ]
        assert speakers_in_order(paragraphs) == ["Halvard Logistics"], phrase


def test_a_presentation_with_no_author_named_keeps_no_speaker() -> None:
    paragraphs = [
        _OPENING,
        "An internal presentation describes the surcharge as “low-visibility revenue that"
        " customers rarely query.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
