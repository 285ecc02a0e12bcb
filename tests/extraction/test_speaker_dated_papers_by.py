"""A paper "by" a body, dated or followed by its topic, speaks for that body in a colon lead
before the quote's paragraph; a paper "on" a body is about it, not by it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“This change protects dock workers who were wrongly treated as casual staff.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "A 2016 review by the Ministry of Labour of the rule's effects states:",
            "Ministry of Labour",
        ),
        (
            "A 2011 analysis by the Ohio government regarding the rule's impact says:",
            "Ohio government",
        ),
        (
            "A review by the Port Authority concerning the new contracts concluded:",
            "Port Authority",
        ),
        ("A report by the Council on Foreign Relations states:", "Council on Foreign Relations"),
        ("A report on the Ford Motor Company published last week states:", None),
    ],
)
def test_a_paper_by_a_body_speaks_for_it(lead: str, speaker: str | None) -> None:
    paragraphs = ["The rule was changed in 2015 after a long fight over wages.", lead, _QUOTE]
    assert speakers_in_order(paragraphs) == [speaker]
