"""A document its writer "has" or "had" written or sent ("X had written a letter to owners.",
"She has sent a memo"): the writer speaks, as after "wrote" or "sent"; writing about a report
that is someone else's keeps no speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“No dredging is planned for the northern basin before spring,”"


@pytest.mark.parametrize(
    ("first", "noun", "speaker"),
    [
        ("Rhian Dalby had written a letter to owners.", "letter", "Rhian Dalby"),
        ("Tomas Breck has written to every tenant.", "letter", "Tomas Breck"),
        ("Amara Quist runs the harbour. She had sent a memo to staff.", "memo", "Amara Quist"),
        ("Harbour master Rhian Dalby has written a notice for owners.", "notice", "Rhian Dalby"),
        ("The Tolva Ferry Board had posted a notice online.", "notice", "Tolva Ferry Board"),
    ],
)
def test_a_writer_who_has_written_it_speaks(first: str, noun: str, speaker: str) -> None:
    paragraph = f"{first} {_QUOTE} the {noun} reads."
    assert speakers_in_order([_BEFORE, paragraph])[-1] == speaker


@pytest.mark.parametrize(
    "first",
    [
        "Rhian Dalby had written about the report for years.",
        "Rhian Dalby has written that the report was rushed.",
    ],
)
def test_writing_about_someone_else_s_report_keeps_no_speaker(first: str) -> None:
    assert speakers_in_order([_BEFORE, f"{first} {_QUOTE} the report reads."])[-1] is None
