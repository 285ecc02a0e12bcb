"""A paper from someone named in the sentence before "It reads:" ("A framed letter from Dunmore
Town Council hangs behind the till. It reads: “…”") carries its writer's words; a paper from
no one named stays no one's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "During the floods, the shop kept the whole street fed."
_QUOTE = "“With the thanks of every household on the street, for keeping us fed and dry.”"


@pytest.mark.parametrize(
    ("before", "goes", "expected"),
    [
        (
            "A framed letter from Dunmore Town Council now hangs behind the till.",
            "It reads:",
            "Dunmore Town Council",
        ),
        (
            "A handwritten card from Amara Obi was pinned to the noticeboard.",
            "It read:",
            "Amara Obi",
        ),
        (
            "The letter from the Penrith Rowing Club arrived on Monday.",
            "It reads, in part:",
            "Penrith Rowing Club",
        ),
        (
            "A note signed by Lars Holm was left on the counter the next morning.",
            "It ended:",
            "Lars Holm",
        ),
        (
            "An email from Kestrel Airways reached every passenger at midnight.",
            "It began:",
            "Kestrel Airways",
        ),
    ],
)
def test_the_writer_of_the_paper_speaks(before: str, goes: str, expected: str) -> None:
    assert speakers_in_order([_OPENING, f"{before} {goes} {_QUOTE}"]) == [expected]


@pytest.mark.parametrize(
    "before",
    [
        "A framed letter now hangs behind the till.",
        "A letter from a grateful neighbour now hangs behind the till.",
    ],
)
def test_a_paper_from_no_one_named_keeps_none(before: str) -> None:
    assert speakers_in_order([_OPENING, f"{before} It reads: {_QUOTE}"]) == [None]
