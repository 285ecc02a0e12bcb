"""A group named for its people and its cause ("Moms for Liberty", "Students for Fair Fees")
speaks by its whole name and is "the group"; people who act for a body ("Lawyers for Ozy
Media") are no such group."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will keep showing up until parents are heard in this district,”"
_BEFORE = "The school board meeting drew a large crowd on Tuesday."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([_BEFORE, f"{_QUOTE} Moms for Liberty said in a statement."], "Moms for Liberty"),
        (
            [_BEFORE, f"{_QUOTE} said Citizens for Clean Water, a residents' group."],
            "Citizens for Clean Water",
        ),
        (
            [
                "The local chapter of Parents for Safer Schools organised the protest.",
                f"{_QUOTE} the group said in a statement.",
            ],
            "Parents for Safer Schools",
        ),
        (
            [
                "Students for Fair Fees, a campus group, organised the sit-in.",
                f"{_QUOTE} the group said.",
            ],
            "Students for Fair Fees",
        ),
    ],
)
def test_a_cause_group_speaks_by_its_name(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # lawyers act for the company, which is still the company
            ["Lawyers for Ozy Media filed the motion on Monday.", f"{_QUOTE} the company said."],
            "Ozy Media",
        ),
        (  # a vote for a person: no group
            ["Tom Ode voted for Anna Pell at the meeting.", f"{_QUOTE} he said."],
            "Tom Ode",
        ),
        (  # thanks for something: no group
            ["Thanks for Nothing was the banner's message.", f"{_QUOTE} Anna Pell said."],
            "Anna Pell",
        ),
    ],
)
def test_no_group_is_made_up(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
