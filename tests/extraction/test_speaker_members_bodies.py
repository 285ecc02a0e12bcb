"""A body of members or of a cause ("Guild of Independent Illustrators", "Harwell Tenants
Association", "Society of Rural Vets") is no business: "the company said" means the company the
article named, not the guild suing it, and "the guild says" means the guild."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our model learns general ideas, not individual works,”"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("The Guild of Independent Illustrators", "Mirelle AI"),
        ("The Harwell Tenants Association", "Corvane Homes Ltd"),
        ("The Society of Rural Vets", "Tessaly Feeds Group"),
        ("The Federation of Service Workers", "Brightwater Logistics"),
    ],
)
def test_the_company_is_not_the_members_body(body: str, company: str) -> None:
    paragraphs = [
        f"{body} and eleven of its members sued {company} on Tuesday over the plan.",
        f"Lawyers for both sides met on Friday. {_QUOTE} the company said.",
    ]
    assert speakers_in_order(paragraphs) == [company]


def test_the_guild_is_the_guild() -> None:
    paragraphs = [
        "The Guild of Independent Illustrators sued Mirelle AI on Tuesday.",
        "That opt-out, the guild says, is “a door that opens only after the house is emptied.”",
    ]
    assert speakers_in_order(paragraphs) == ["Guild of Independent Illustrators"]


def test_the_company_is_still_a_company_named_last() -> None:
    paragraphs = [
        "Corvane Homes Ltd bought Brightwater Logistics in May.",
        f"{_QUOTE} the company said.",
    ]
    assert speakers_in_order(paragraphs) == ["Corvane Homes Ltd"]
