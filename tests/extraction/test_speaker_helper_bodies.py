"""A body named by one word before a helping verb, with no aside, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Regulators opened an inquiry into the sale of the harbour land last week. "
_QUOTE = " “the matter is in the hands of our lawyers and we will say no more.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Pellworth would say only that", "Pellworth"),
        ("Pellworth would only say that", "Pellworth"),
        ("Pellworth would not say whether it would appeal, noting", "Pellworth"),
        ("Asked about the sale, Quandrix would not say whether", "Quandrix"),
        ("Quandrix could say only that", "Quandrix"),
        ("Pellworth Holdings would not say whether", "Pellworth Holdings"),
    ],
)
def test_a_body_named_before_a_helping_verb(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE + lead + _QUOTE]) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        "Ohio would not say whether",  # a place, not a body
        "Nobody would say whether",  # a common word, not a body
        "Democrats would not say whether",  # a people, not a body
    ],
)
def test_a_place_person_or_people_before_a_helping_verb_is_no_body(lead: str) -> None:
    assert speakers_in_order([_BEFORE + lead + _QUOTE]) != [lead.split()[0]]
