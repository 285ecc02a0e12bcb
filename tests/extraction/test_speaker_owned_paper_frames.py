"""A line of a body's own paper quoted after a colon ("The last line of the Port Board's notice
reads: “…”") is the body's for every kind of paper it puts out, a notice or a report as much as
a complaint or an appeal."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = " “All vessels must report their cargo within twelve hours of arrival.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The last paragraph of the Lagos Port Authority's notice reads:", "Lagos Port Authority"),
        ("The opening line of Greenfield Council's report reads:", "Greenfield Council"),
        ("The key passage of Nordbank's filing states:", "Nordbank"),
        ("The first sentence of Ohio Valley University's complaint is:", "Ohio Valley University"),
    ],
)
def test_a_line_of_an_owned_paper_is_the_owners(lead: str, speaker: str) -> None:
    assert speakers_in_order([lead + _QUOTE]) == [speaker]
