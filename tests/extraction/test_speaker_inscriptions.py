"""A quote with the tail "it reads" after a sentence that puts words on a thing in the passive
("A line has been painted above the door.") is an inscription: nobody's words, never the last
speaker's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SPOKEN = "“We waited eight long years for this night to come,” said Ngaio Whitmore-Tane."

_CASES = [
    "Above the restored stage door, a line has been painted in gold leaf, copied from an old"
    " photograph. “Through here, you are somebody else,” it reads.",
    "On the lintel of the old school a motto was carved in 1891. “Learn well and leave"
    " kinder than you came,” it reads.",
    "Across the harbour wall, in letters a metre high, a message has been stencilled by the"
    " dockers. “We built this port and we are still here,” it reads.",
    "Under the clock, a verse is etched into the brass. “Every hour you keep is an hour"
    " you give away,” it read.",
]


@pytest.mark.parametrize("paragraph", _CASES)
def test_an_inscription_is_nobodys_words(paragraph: str) -> None:
    assert speakers_in_order([_SPOKEN, paragraph]) == ["Ngaio Whitmore-Tane", None]


def test_a_document_issued_before_still_reads_for_its_issuer() -> None:
    paragraphs = [
        _SPOKEN,
        "The Port Wenna Harbour Board sent a notice to boat owners on Monday. “All moorings"
        " must be cleared by the end of the month,” it reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ngaio Whitmore-Tane", "Port Wenna Harbour Board"]


def test_a_person_after_a_painted_line_still_speaks() -> None:
    paragraphs = [
        _SPOKEN,
        "Above the door a line has been painted in gold leaf. “It took the painter three whole"
        " days to get it right,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ngaio Whitmore-Tane", "Ngaio Whitmore-Tane"]
