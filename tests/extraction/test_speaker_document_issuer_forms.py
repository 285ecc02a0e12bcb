"""A document's issuer named in other forms of the sentence that brings the document in: the
passive ("The notice was sent by the X Board"), a spokesperson for a body ("A spokesperson for
the X Board sent a letter"), a body emailing someone the document ("the X Board emailed owners a
memo"), or "she" after an opening of when ("On Tuesday she sent a notice"). Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The notice was sent by the Kestrel Harbour Board on Tuesday.",
                "The notice blames “rising dredging costs and a wet summer on the north quay”.",
            ],
            "Kestrel Harbour Board",
        ),
        (
            [
                "The memo was written on Friday by Rhian Dalby, the harbour master.",
                "“Nobody is to talk to the press about the dredging,” the memo reads.",
            ],
            "Rhian Dalby",
        ),
        (
            [
                "A spokesperson for the Orrin Valley Water Authority sent a letter to residents.",
                "The letter calls the outage “regrettable but entirely outside our control”.",
            ],
            "Orrin Valley Water Authority",
        ),
        (
            [
                "On Tuesday, the Tolva Ferry Company emailed its crews a bulletin.",
                "According to the bulletin, sailings are “suspended until the wind drops”.",
            ],
            "Tolva Ferry Company",
        ),
        (
            [
                "Rhian Dalby runs the harbour. On Tuesday she sent a notice to berth holders.",
                "“Berth fees will rise by four per cent from April,” the notice reads.",
            ],
            "Rhian Dalby",
        ),
    ],
)
def test_the_issuer_in_another_form_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraphs])[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Sent on, not issued: no one is said to have written it.
        [
            "The notice was pinned to the door of the harbour office on Tuesday.",
            "“Berth fees will rise by four per cent from April,” the notice reads.",
        ],
        # A spokesperson's person noun stays a person: no body named.
        [
            "A spokesperson for the owners sent a letter to the board.",
            "“We were never asked about the rise,” the letter reads.",
        ],
        # A thing read out that is nobody's words, sent by a body.
        [
            "A banner was put up by the Kestrel Harbour Board on Tuesday.",
            "“No dredging is planned for the northern basin before spring,” the banner reads.",
        ],
    ],
)
def test_no_issuer_named_keeps_no_speaker(paragraphs: list[str]) -> None:
    assert speakers_in_order([_BEFORE, *paragraphs])[-1] is None
