"""A paper someone wrote, then "It begins:", "It ends:" or "It reads, in part:" before the quote
("Carys Pryce wrote a letter to the council. It ends: “…”") is the writer's words; a paper no
one is said to have written keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We searched every field between here and the coast for two weeks,” said Owain Pryce."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Mali Pryce, for her part, has already written a speech. It begins: “Dear everyone, "
            "thank you for finding our dog.”",
            "Mali Pryce",
        ),
        (
            "Carys Pryce has already written a speech. It starts: “Dear everyone, thank you for "
            "finding our dog.”",
            "Carys Pryce",
        ),
        (
            "Carys Pryce wrote a letter to the council. It ends: “Please fix the road before "
            "somebody else gets hurt.”",
            "Carys Pryce",
        ),
        (
            "Carys Pryce wrote a letter to the council. It reads, in part: “Please fix the road "
            "before somebody else gets hurt.”",
            "Carys Pryce",
        ),
    ],
)
def test_the_writer_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence]) == ["Owain Pryce", speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter arrived at the council on Monday. It ends: “Please fix the road before "
        "somebody else gets hurt.”",
        "Someone pinned a note to the church door. It reads: “Please fix the road before "
        "somebody else gets hurt.”",
    ],
)
def test_a_paper_no_one_wrote_keeps_no_speaker(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, sentence]) == ["Owain Pryce", None]
