"""A document credited with whom it was sent to speaks for its owner: "Loomwell's pitch to
investors promised", "the council's letter to parents said"; a pitch and a prospectus are
documents too."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“fewer empty shifts, lower agency costs and happier staff for everyone.”"


@pytest.mark.parametrize(
    ("opening", "lead", "speaker"),
    [
        (
            "Workers at some of Loomwell's clients are unhappy.",
            "Investors see it differently. Loomwell's pitch to them promised",
            "Loomwell",
        ),
        (
            "Workers at Tarnby Mining are unhappy.",
            "Tarnby Mining's letter to staff promised",
            "Tarnby Mining",
        ),
        (
            "Tarnby Mining Ltd cut 200 jobs.",
            "The company's email to employees said",
            "Tarnby Mining Ltd",
        ),
        (
            "The Harbour Council met on Monday.",
            "The council's letter to parents said",
            "Harbour Council",
        ),
        (
            "Workers at Tarnby Mining are unhappy.",
            "Tarnby Mining's prospectus promised",
            "Tarnby Mining",
        ),
    ],
)
def test_a_document_sent_to_someone_is_its_owners(opening: str, lead: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # a letter sent to no one named, from no one named
            "Workers at Tarnby Mining are unhappy.",
            f"A letter to parents said {_QUOTE}",
        ],
        [  # a football pitch is nobody's document
            "Tom Ode walked onto the pitch at Ashgrove on Saturday.",
            "“It was the worst afternoon of my whole life, honestly,” Ode said of the pitch.",
        ],
    ],
)
def test_no_owner_no_change(paragraphs: list[str]) -> None:
    expected = [None] if "letter" in paragraphs[1] else ["Tom Ode"]
    assert speakers_in_order(paragraphs) == expected
