"""An institution that spoke in the sentence before, named as "it", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board adopted a resolution on Friday.",
                "It calls for “an immediate end to the shelling of the port.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "The Valley Water Board published its yearly survey on Monday.",
                "It warns of “serious gaps in the checks on older dams.”",
            ],
            "Valley Water Board",
        ),
        (
            [
                "The Northbridge Town Council voted on the plan late on Tuesday.",
                "It urged “every landlord to fix the damp before winter.”",
            ],
            "Northbridge Town Council",
        ),
    ],
)
def test_a_body_is_named_without_the_sentence_article(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
