""" "The company, which has 140 stores, said …": a body named by its kind speaks through a
relative aside set between it and its verb; the aside names no one else."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "The furniture retailer Oakhollow Living closed its website on Monday.",
        "The company, which has 90 shops across the region, said it had found “suspicious"
        " activity on several of our servers” on Sunday night.",
        "Oakhollow Living",
    ),
    (
        "Fares rise in May, the Tarrant Valley Transit Authority announced.",
        "The authority, which runs buses in four counties, warned that routes were “costing far"
        " more than the tickets bring in”.",
        "Tarrant Valley Transit Authority",
    ),
    (
        "Rates were cut again by the Reserve Bank of Olvania this week.",
        "The bank, whose governor took office in March, said inflation was “no longer the"
        " greatest danger to the economy”.",
        "Reserve Bank of Olvania",
    ),
    (
        "Kestrel Airways cancelled forty flights on Friday.",
        "“We are sorry for the disruption this will cause to so many plans,” the airline,"
        " which flies to sixty cities, said in a statement.",
        "Kestrel Airways",
    ),
    (
        "Members of the Dunmore Nurses Union voted to strike.",
        "The union, which represents about 4,000 nurses, said its members were “exhausted and out"
        " of patience with the board”.",
        "Dunmore Nurses Union",
    ),
    (
        "The Haldane Ministry of Health published the figures.",
        "The ministry, which had delayed the report twice, said the numbers were “a reason for"
        " caution rather than alarm”.",
        "Haldane Ministry of Health",
    ),
]


@pytest.mark.parametrize(("before", "said", "body"), _CASES)
def test_a_body_with_a_relative_aside_speaks(before: str, said: str, body: str) -> None:
    assert speakers_in_order([before, said]) == [body]


def test_a_person_in_the_aside_is_not_the_speaker() -> None:
    paragraphs = [
        "Brightwell Foods, the grocer, cut prices again on Tuesday.",
        "The company, which Amara Nwosu founded in 1998, said the cuts were “the deepest we have"
        " made in a decade”.",
    ]
    assert speakers_in_order(paragraphs) == ["Brightwell Foods"]


def test_a_person_with_a_who_aside_keeps_her_words() -> None:
    paragraphs = [
        "Brightwell Foods cut prices again on Tuesday.",
        "Its founder, Amara Nwosu, who still runs the company, said the cuts were “the deepest"
        " we have made in a decade”.",
    ]
    assert speakers_in_order(paragraphs) == ["Amara Nwosu"]
