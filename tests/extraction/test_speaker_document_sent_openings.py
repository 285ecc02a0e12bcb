"""A document opening its sentence with its sender in a clause, then read out ("A notice the X
Board sent to owners reads: “…”", "A letter that harbour master X wrote says …"): the sender
speaks; a thing that is nobody's words ("A banner the X Board put up reads:"), a sender that is
no name ("A letter the owners sent") or one of many keep no speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“Berth fees will rise by four per cent from April, and we regret it.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A notice the Kestrel Harbour Board sent to owners reads:", "Kestrel Harbour Board"),
        ("A memo that the Tolva Ferry Company circulated on Monday reads:", "Tolva Ferry Company"),
        ("A letter harbour master Rhian Dalby wrote on Sunday says:", "Rhian Dalby"),
        ("A bulletin officials at the Orrin Water Board posted reads:", "Orrin Water Board"),
    ],
)
def test_the_sender_in_the_opening_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[-1] == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "A banner the Kestrel Harbour Board put up reads:",
        "A placard Rhian Dalby wrote reads:",
        "A letter the owners sent to the board reads:",
        "A notice residents and Rhian Dalby signed reads:",
        "A note taped inside the lift read:",
    ],
)
def test_no_sender_or_nobody_s_words_keep_no_speaker(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[-1] is None
