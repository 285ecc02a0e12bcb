"""An acronym the article brought in for a document (a law, an order, a code) is no speaker:
what "according to the EO" reads has no issuer named there; an acronym brought in for a body
is that body in full; invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ORDER = "The Executive Order on Safer Software (EO 14100) was signed in March."
_CODE = "Last year the Small Craft Safety Code (SCSC) was rewritten for decked boats."
_BILL = "The Coastal Rescue Funding Bill (CRB 12) is now before parliament."
_BODY = "The Upland Rail and Tramways Authority (URTA) runs eleven lines."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                _ORDER,
                "Buyers, according to the EO, will soon ask sellers for “a parts list for every"
                " product sold to a government buyer.”",
            ],
            None,
        ),
        (
            [
                _CODE,
                "According to the SCSC, owners must carry out “a monthly test of every"
                " alarm on board, written down in the log.”",
            ],
            None,
        ),
        (
            [
                _BILL,
                "The bill, according to the CRB, will set up “a national register of every"
                " beacon issued to a fishing boat.”",
            ],
            None,
        ),
        (
            [
                _BODY,
                "According to the URTA, the new trams will be “quieter, faster and cheaper"
                " to run than any before them.”",
            ],
            "Upland Rail and Tramways Authority",
        ),
        (
            [_BODY, "“The night service will be doubled by the end of the year,” the URTA said."],
            "Upland Rail and Tramways Authority",
        ),
    ],
)
def test_a_document_acronym_is_no_speaker(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
