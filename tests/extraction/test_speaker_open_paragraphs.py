"""A quote left open at the end of its paragraph and closed in the next one, which opens with no
quote mark, is credited where it closes ("…” —Ruth Oduya", "…,” said Ruth Oduya"), not to the
person named before it; a next paragraph that opens a quote of its own, or never closes one,
changes nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Tom Bale runs a hardware shop on the square."
_FIRST = "There has rarely been a better year to sign a lease in this city. Rents are falling fast"
_REST = "Owners now pay for the whole fit-out, which they never used to do"
_OTHER = "Tenants can ask for far more than they could five years ago"


@pytest.mark.parametrize(
    "closing",
    [
        f"{_REST}.” —Ruth Oduya, partner, Lane Advisors",
        f"{_REST}.” — Ruth Oduya",
        f"{_REST},” said Ruth Oduya, a partner at Lane Advisors.",
        f"{_REST},” Ruth Oduya said.",
        f"{_REST},” Ruth Oduya told the trade fair in March.",
    ],
)
def test_the_credit_after_the_close_in_the_next_paragraph(closing: str) -> None:
    paragraphs = [_OPENING, "Deals for tenants", f"“{_FIRST}.", closing, f"“{_OTHER}.” —Ivo Dane"]
    assert speakers_in_order(paragraphs) == ["Ruth Oduya", "Ivo Dane"]


def test_a_reopened_paragraph_before_the_unopened_one() -> None:
    paragraphs = [
        _OPENING,
        f"“{_FIRST}.",
        f"“{_OTHER}.",
        f"{_REST}.” —Ruth Oduya, partner, Lane Advisors",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Oduya"]


@pytest.mark.parametrize(
    "following",
    [
        f"Ivo Dane, a broker, disagreed: “{_OTHER}.”",
        f"Ivo Dane called the “fit-out” a gift. {_REST}.” —Ivo Dane",
        f"{_REST}, and Ivo Dane said so too.",
    ],
)
def test_a_next_paragraph_that_opens_or_never_closes_changes_nothing(following: str) -> None:
    paragraphs = [_OPENING, f"Tom Bale said: “{_FIRST}.", following]
    assert speakers_in_order(paragraphs)[0] == "Tom Bale"
