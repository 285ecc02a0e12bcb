"""A school named by its grade ("Alder Creek Elementary") is a body: never the "she" or "he"
after a parent "whose children attend" it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Renata Sjöberg, whose two children attend Alder Creek Elementary, held up a recorder"
            " as she spoke. “This is the only instrument most of these kids will ever own,” she"
            " told the board.",
            "Renata Sjöberg",
        ),
        (
            "Tomasz Brenner, whose son is in third grade at Juniper Hill Elementary, waited two"
            " hours to speak. “We were promised this program would never be cut again,” he said.",
            "Tomasz Brenner",
        ),
    ],
)
def test_the_parent_not_the_school(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_the_school_speaks_as_a_body() -> None:
    paragraphs = [
        "“We will keep every music class we can for as long as we can,” Alder Creek Elementary"
        " said in a statement."
    ]
    assert speakers_in_order(paragraphs) == ["Alder Creek Elementary"]
