"""A document whose sender is named in a clause set off by commas ("The notice, which the X Board
sent on Monday, reads: “…”", "The letter, which harbour master X wrote, calls …"): the sender
speaks; a clause that names no sender, or one of many signers, keeps no speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The notice, which the Kestrel Harbour Board sent on Monday, reads: “Berth fees will"
            " rise by four per cent from April.”",
            "Kestrel Harbour Board",
        ),
        (
            "The memo, which the Tolva Ferry Company circulated on Monday, reads: “No sailing will"
            " leave before the harbour master has signed it off.”",
            "Tolva Ferry Company",
        ),
        (
            "Its bulletin, which officials at the Orrin Valley Water Authority posted on Friday,"
            " read: “Meters will be read every quarter from now on.”",
            "Orrin Valley Water Authority",
        ),
        (
            "The letter, which harbour master Rhian Dalby wrote on Sunday, calls the rise “modest"
            " and short-lived for most owners of small boats”.",
            "Rhian Dalby",
        ),
    ],
)
def test_the_sender_in_the_clause_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "The notice, which was pinned to the harbour office door, reads: “No sailing will leave"
        " before the harbour master has signed it off.”",
        "The letter, which dozens of Kestrel residents signed, reads: “No sailing will leave"
        " before the harbour master has signed it off.”",
        "The notice, which residents and Rhian Dalby signed, reads: “No sailing will leave"
        " before the harbour master has signed it off.”",
        "The banner, which the Kestrel Harbour Board put up on Monday, reads: “No sailing will"
        " leave before the harbour master has signed it off.”",
    ],
)
def test_no_sender_in_the_clause_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
