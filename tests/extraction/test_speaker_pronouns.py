"""Whom "he" or "she" means when two people of that gender were just named, on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MET = "Tom Reed met Paul Hart at the depot on Monday, and Hart warned that the bridge was late."
_TOLD = "Tom Reed, who chairs the board, said Paul Hart had been told twice about the cracks."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([_MET, "“We are months behind on every single part of it,” he said."], "Paul Hart"),
        ([_MET, "He added: “We are months behind on every single part of it.”"], "Paul Hart"),
        ([_TOLD, "“Nobody listened to the warnings at all,” he added."], "Tom Reed"),
        ([_TOLD, "He added: “Nobody listened to the warnings at all.”"], "Tom Reed"),
        (
            [
                "Paul Hart wrote the report that Tom Reed later sent to the council.",
                "“It took me three months to finish,” he said.",
            ],
            "Paul Hart",
        ),
        (
            [
                "Tom Reed told Paul Hart that the plan for the bridge was far too costly.",
                "“The money is simply not there for this,” he said.",
            ],
            "Tom Reed",
        ),
    ],
)
def test_the_one_who_spoke_in_the_sentence_before(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
