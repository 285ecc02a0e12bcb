"""A role of a named paper or body with no name given ("wrote the Harwell Echo's critic", "the
Harwell Echo's theatre critic wrote") is someone of theirs left unnamed: neither the paper nor
whoever spoke last. One named with that role, or someone of the quote's own paragraph, still
speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“I used to rehearse my lines on the bus home,” says Delphine Abara."
_QUOTE = "“A production that makes the old hall creak like a hull in a gale,”"


@pytest.mark.parametrize(
    "credit",
    [
        "wrote the Harwell Echo's critic, who gave it five stars.",
        "wrote the Harwell Echo’s theatre critic.",
        "the Harwell Echo's critic wrote.",
        "the Valley Post's reviewer wrote on Friday.",
        "said the Corn Exchange's stage manager.",
    ],
)
def test_the_unnamed_role_keeps_no_speaker(credit: str) -> None:
    assert speakers_in_order([_BEFORE, f"The critics have been kind. {_QUOTE} {credit}"]) == [
        "Delphine Abara",
        None,
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (f"{_QUOTE} wrote the Harwell Echo's critic, Bernard Lusk.", "Bernard Lusk"),
        (
            f"The Harwell Echo's critic, Bernard Lusk, was less kind. {_QUOTE} wrote the "
            "Harwell Echo's critic.",
            "Bernard Lusk",
        ),
        (
            "Jamal Okafor was left in tears. “We gave everything and it was not enough "
            "today,” the Rovers' captain said.",
            "Jamal Okafor",
        ),
        (
            "Jamal Okafor, the Rovers' captain, was left in tears. “We gave everything and it "
            "was not enough today,” the Rovers' captain said.",
            "Jamal Okafor",
        ),
    ],
)
def test_a_named_one_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph]) == ["Delphine Abara", speaker]
