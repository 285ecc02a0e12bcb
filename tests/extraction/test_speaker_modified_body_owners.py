"""A document owned by a body written as a modifier and the noun for its kind ("The audit
office’s report, published on Monday, found … “…,” the report says.") is that body's, found
among the bodies the article named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The department could not show that value for money was considered at all,”"


@pytest.mark.parametrize(
    ("named", "owned", "noun", "speaker"),
    [
        ("the National Audit Office criticised the deal", "The audit office’s report, published"
         " on Monday,", "report", "National Audit Office"),
        ("the Coastal Rivers Agency fined the plant", "The rivers agency’s notice, served on"
         " Friday,", "notice", "Coastal Rivers Agency"),
        ("the Harlow Borough Council voted", "The borough council’s letter", "letter",
         "Harlow Borough Council"),
    ],
)
def test_a_modified_body_owns_its_document(
    named: str, owned: str, noun: str, speaker: str
) -> None:
    paragraphs = [
        f"Ministers defended the contract after {named} on Monday.",
        f"{owned} found that a second round of bidding was skipped. {_QUOTE} the {noun} says.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_the_plain_kind_owner_is_unchanged() -> None:
    paragraphs = [
        "Ministers defended the contract after the National Audit Office criticised the deal.",
        f"The office’s report found that a round of bidding was skipped. {_QUOTE} the report says.",
    ]
    assert speakers_in_order(paragraphs) == ["National Audit Office"]
