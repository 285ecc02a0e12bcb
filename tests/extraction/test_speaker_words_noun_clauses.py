"""Someone's words announced by a noun for them may carry a clause between commas before the
colon ("Her reply, delivered to more cheers, was brief:"): still hers."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Her colleague, Emeka Dunmore-Price, pushed back. “If we spend the reserve this year, we are"
    " cutting twice as deep,” Dunmore-Price said."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Trudy Vandersloot was not convinced. Her reply, delivered to more cheers, was brief:",
        "Trudy Vandersloot was not convinced. Her answer, given to loud applause, was short:",
    ],
)
def test_her_reply_with_a_clause(lead: str) -> None:
    paragraphs = [f"{_BEFORE} {lead} “Then let’s start with the district office and see.”"]
    assert speakers_in_order(paragraphs) == ["Emeka Dunmore-Price", "Trudy Vandersloot"]
