"""A document brought in before and read out with a colon ("The email reads:", "Her statement
read:") is its writer's, not an unnamed sign's; an indefinite sign, placard or banner before
"read:" keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I want to be honest with you. We planned for a hit, and not enough people bought it.”"


@pytest.mark.parametrize(
    ("before", "lead", "writer"),
    [
        (
            "Pieter Langstraat sent an email to staff on Wednesday.",
            "The email reads:",
            "Pieter Langstraat",
        ),
        (
            "In an email to staff, Pieter Langstraat said sales were poor.",
            "The email read:",
            "Pieter Langstraat",
        ),
        (
            "In the memo, Amara Diallo-Finch told staff the cuts were final.",
            "The memo reads:",
            "Amara Diallo-Finch",
        ),
        (
            "Kenji Abernathy sent a letter to shareholders on Monday.",
            "The letter read:",
            "Kenji Abernathy",
        ),
    ],
)
def test_a_document_named_before(before: str, lead: str, writer: str) -> None:
    assert speakers_in_order([f"{before} {lead} {_QUOTE}"]) == [writer]


@pytest.mark.parametrize(
    "lead", ["A sign on the door read:", "The placard read:", "One banner read:"]
)
def test_a_sign_keeps_no_speaker(lead: str) -> None:
    paragraphs = [f"Pieter Langstraat sent an email to staff on Wednesday. {lead} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [None]
