"""A body first written with its name in capitals ("NORDSTAR Records") keeps its full name when
later called by that word in ordinary case ("NordStar said")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = "NORDSTAR Records announced on May 3 that the band would tour Asia."


@pytest.mark.parametrize(
    "later",
    [
        "NordStar described the tour as “the biggest production the label has ever staged.”",
        "“It is the biggest production the label has ever staged,” NordStar said.",
        "“It is the biggest production the label has ever staged,” Nordstar said on Friday.",
    ],
)
def test_a_capitalised_body_name_is_found_in_ordinary_case(later: str) -> None:
    assert speakers_in_order([_FIRST, later]) == ["NORDSTAR Records"]
