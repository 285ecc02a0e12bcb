"""A relative named by first name after a gendered kin word ("Her husband, Mateo,") keeps the
kin word's gender when a "she" follows: the "she" is the woman named before him, even where
the first-name list would let one pronoun override it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FLOOD = [
    "Farmer Ines Navarro lost half her flock in the flood.",
    "Her husband, Mateo, said the water rose in under an hour.",
]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("“I have never been so frightened in my life,” she said.", "Ines Navarro"),
        ("“We carried lambs out on our shoulders until dawn,” he said.", "Mateo"),
    ],
)
def test_the_kin_word_gives_the_first_name_its_gender(quote: str, speaker: str) -> None:
    assert speakers_in_order([*_FLOOD, quote]) == [speaker]


def test_a_wife_named_by_first_name_is_not_the_he() -> None:
    paragraphs = [
        "Baker Tomasz Wrona lost his shop to the fire.",
        "His wife, Jan, said the ovens were still warm when they left.",
        "“We will open again by spring, whatever it costs,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Wrona"]
