"""A student or local newspaper named between commas, then called "the paper", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Students were never told about the change to their fees,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The row was first reported by the campus paper, The Beacon, on Monday. "
                + _QUOTE
                + " the paper wrote."
            ],
            "The Beacon",
        ),
        (
            [
                "The row was first reported by the campus paper, The Beacon, on Monday.",
                _QUOTE + " the newspaper said.",
            ],
            "The Beacon",
        ),
        (
            [
                "The student newspaper, the Daily Lantern, broke the story.",
                _QUOTE + " the paper reported.",
            ],
            "Daily Lantern",
        ),
        (
            [
                "According to the local paper, the Marsh Gazette, fees rose.",
                "The paper wrote: “Students were never told about the change to their fees.”",
            ],
            "Marsh Gazette",
        ),
    ],
)
def test_the_paper_is_the_newspaper_named_beside_its_kind(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        (
            [
                "The research paper, Ice Loss, was published by Hallam University. "
                + _QUOTE
                + " the paper said."
            ],
            "Ice Loss",
        ),
        (
            ["A paper in the journal, Nature Climate, said so. " + _QUOTE + " the paper said."],
            "Nature Climate",
        ),
    ],
)
def test_a_paper_named_without_a_newspaper_kind_is_no_newspaper(
    paragraphs: list[str], title: str
) -> None:
    assert speakers_in_order(paragraphs) != [title]
