"""A role described by a team or place ("the Harwell chairman said") means the person the
article gave that role, and never the team or place itself when it gave it to no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "Harwell Town have parted company with their manager after nine defeats in a row."
_QUOTE = "“We felt the time was right to make a change at the club,”"


@pytest.mark.parametrize(
    "verb_and_role",
    ["said the Harwell chairman.", "the Harwell chairman said.", "the Harwell Town chairman said."],
)
def test_no_chairman_named_is_no_club(verb_and_role: str) -> None:
    assert speakers_in_order([_LEDE, f"{_QUOTE} {verb_and_role}"]) == [None]


@pytest.mark.parametrize(
    ("named", "role"),
    [
        ("Tim Bell, the Harwell chairman, said the board met on Monday.", "the Harwell chairman"),
        ("Harwell chairman Tim Bell said the board met on Monday.", "the Harwell chairman"),
        ("The Harwell chairman, Tim Bell, said the board met on Monday.", "the Harwell chairman"),
    ],
)
def test_the_chairman_named_before(named: str, role: str) -> None:
    assert speakers_in_order([_LEDE, named, f"{_QUOTE} {role} said."]) == ["Tim Bell"]


def test_a_family_role_keeps_its_person() -> None:
    """Near miss: a person who shares the word and has a gender is no team."""
    paragraphs = ["Jack Kennedy spoke on Friday.", f"{_QUOTE} the Kennedy heir said."]
    assert speakers_in_order(paragraphs) == ["Jack Kennedy"]
