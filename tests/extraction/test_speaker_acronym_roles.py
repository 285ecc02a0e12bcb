"""A role led by an acronym that spells a pronoun ("WHO chief"), invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "The World Health Organization declared an emergency on Friday."
_QUOTE = "“We are seeing more cases every week than at any point this year,” "


@pytest.mark.parametrize(
    "credit",
    [
        "WHO Director-General Amara Diallo told reporters in Geneva.",
        "WHO chief Amara Diallo said.",
        "WHO spokesperson Amara Diallo said in a briefing.",
        "said WHO Director-General Amara Diallo.",
    ],
)
def test_a_who_role_before_a_name_is_the_name(credit: str) -> None:
    assert speakers_in_order([_OPENING, _QUOTE + credit]) == ["Amara Diallo"]


def test_a_lower_case_who_is_still_a_pronoun() -> None:
    paragraphs = [
        "Dr. Amara Diallo, who runs the ward, spoke first.",
        "The nurse who runs the night shift said the wards were full. " + _QUOTE + "she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Amara Diallo"]
