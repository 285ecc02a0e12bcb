"""Words after a colon that a document by someone unnamed brings ("An internal note by a test
manager, quoted in an annex but not named in the report, was blunt:", "A letter from one
parent read:") are no one's the article names, not those of the last person quoted."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "In a foreword, the Auditor General, Ines Kowalczyk-Baptiste, called the failure “avoidable"
    " at almost every stage” and said the department had paid too much."
)
_QUOTE = "“If we go live with this, we will underpay tens of thousands of people every month.”"


@pytest.mark.parametrize(
    "lead",
    [
        "An internal note by a test manager, quoted in an annex but not named in the report, was"
        " blunt:",
        "A letter from one parent, read out at the meeting, ended:",
        "The email from a junior engineer was shorter:",
        "A memo written by an analyst in the finance team put it plainly:",
    ],
)
def test_a_document_by_someone_unnamed_is_no_ones(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[1] is None


def test_a_document_by_someone_named_is_theirs() -> None:
    lead = "A note by the test manager, Oren Bialik, was blunt:"
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[1] == "Oren Bialik"
