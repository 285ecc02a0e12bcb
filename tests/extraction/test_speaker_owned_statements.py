"""A quote ended by "it read" or "it said" after a sentence opened by someone's statement
("Valdemora's statement, released at midnight, was brief.", "The trust's statement was
short.") is the owner's: a body known by a short form in the fullest form written before
("Real Valdemora"), a body by its kind, or a person; never the one quoted last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MENDES = "“I am staying and I am happy about it,” Mendes said."


@pytest.mark.parametrize(
    ("opening", "statement", "speaker"),
    [
        (
            "The striker Tiago Mendes stays after Real Valdemora withdrew a bid on Tuesday.",
            "Valdemora's statement, released shortly before midnight, was brief. "
            "“The club confirms that negotiations have ended without agreement,” it read.",
            "Real Valdemora",
        ),
        (
            "The striker Tiago Mendes stays after Athletic Corvena withdrew a bid on Tuesday.",
            "Corvena's statement was brief. “The club thanks the player for his attitude and "
            "wishes him well,” it said.",
            "Athletic Corvena",
        ),
        (
            "The striker Tiago Mendes stays after the Harbour Trust of Ostby dropped its plan.",
            "The trust's statement was short. “The trust will look again at the plan in the "
            "spring,” it read.",
            "Harbour Trust of Ostby",
        ),
    ],
)
def test_the_owner_of_the_statement_speaks(opening: str, statement: str, speaker: str) -> None:
    assert speakers_in_order([opening, _MENDES, statement]) == ["Tiago Mendes", speaker]


def test_the_statement_may_open_the_paragraph_before() -> None:
    paragraphs = [
        "The striker Tiago Mendes stays after Real Valdemora withdrew a bid on Tuesday.",
        _MENDES,
        "Valdemora's statement was brief.",
        "“The club confirms that negotiations have ended without agreement,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Tiago Mendes", "Real Valdemora"]


def test_a_persons_statement_is_theirs() -> None:
    paragraphs = [
        "The striker Tiago Mendes stays after Real Valdemora withdrew a bid on Tuesday.",
        _MENDES,
        "Mendes's statement was brief. “I thank the fans of both clubs for their patience this "
        "summer,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Tiago Mendes", "Tiago Mendes"]


def test_a_banner_still_has_no_speaker() -> None:
    paragraphs = [
        "The striker Tiago Mendes stays after Real Valdemora withdrew a bid on Tuesday.",
        _MENDES,
        "Fans hung a banner from the gates. “Not for sale to the highest bidder,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Tiago Mendes", None]
