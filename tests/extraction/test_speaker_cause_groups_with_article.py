"""A group named for its people and a cause opened by "a" or "an" ("Citizens for a Livable
New Harlan", "Mothers for an Open Internet") speaks by its whole name, not by the words after
the article; someone campaigning "for a" cause is still no group."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will keep showing up until every household in this valley is heard,”"
_BEFORE = "The county meeting drew a large crowd on Tuesday."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Citizens for a Livable New Harlan, a group formed two years ago, opposes the"
                " plant.",
                f"{_QUOTE} the group wrote in a letter.",
            ],
            "Citizens for a Livable New Harlan",
        ),
        (
            [_BEFORE, f"{_QUOTE} said Parents for a Safer Wexmoor, a residents' group."],
            "Parents for a Safer Wexmoor",
        ),
        (
            ["Mothers for an Open Internet organised the march.", f"{_QUOTE} the group said."],
            "Mothers for an Open Internet",
        ),
        (
            [_BEFORE, f"{_QUOTE} Veterans for a Fair Deal said in a statement."],
            "Veterans for a Fair Deal",
        ),
        (
            [
                "Students for a Greener Campus, which has 300 members, staged a sit-in.",
                f"{_QUOTE} the group said.",
            ],
            "Students for a Greener Campus",
        ),
    ],
)
def test_the_group_speaks_by_its_whole_name(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_someone_campaigning_for_a_cause_is_no_group() -> None:
    paragraphs = [
        "Tomas Berg, who campaigns for a Greener Harlan, spoke at the rally.",
        f"{_QUOTE} Berg said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Berg"]
