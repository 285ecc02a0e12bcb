"""A document brought in with its publisher near the top of a long article ("A report published
on Thursday by the National Audit Chamber …") still speaks for it in the last paragraphs ("It
notes that …", "The report’s final line …: “…”"), past the usual reach of a few paragraphs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "A report published on Thursday by the National Audit Chamber sets out what went wrong."
_FILLER = [
    f"Paragraph {n} of the piece goes over budgets, suppliers and deadlines at some length,"
    " with figures for each year of the programme and what each minister promised at the time."
    for n in range(1, 19)
]


@pytest.mark.parametrize(
    "closing",
    [
        "The report does not entirely disagree. It notes that two budgets forced months of rework,"
        " and that the department “did not assess the effect of policy changes before announcing"
        " them.”",
        "The report’s final line is unlikely to comfort claimants: “The department does not yet"
        " have a credible plan to replace it.”",
        "The report does not spare ministers either. It notes that the department “accepted"
        " milestones as complete on the supplier’s word alone.”",
    ],
)
def test_the_publisher_named_far_back_speaks(closing: str) -> None:
    assert speakers_in_order([_OPENING, *_FILLER, closing]) == ["National Audit Chamber"]


def test_a_report_brought_in_without_a_publisher_stays_unnamed() -> None:
    opening = "A report leaked on Thursday sets out what went wrong at the department."
    closing = (
        "The report’s final line is unlikely to comfort claimants: “The department does not yet"
        " have a credible plan to replace it.”"
    )
    assert speakers_in_order([opening, *_FILLER, closing]) == [None]


def test_a_nearer_mention_without_a_publisher_does_not_hide_the_far_one() -> None:
    """An analysis mentioned in every paragraph since, with no publisher, still leaves the
    publisher named at the top to be found."""
    filler = [p.replace("of the piece", "of the analysis") for p in _FILLER]
    closing = (
        "The report’s final line is unlikely to comfort claimants: “The department does not yet"
        " have a credible plan to replace it.”"
    )
    assert speakers_in_order([_OPENING, *filler, closing]) == ["National Audit Chamber"]
