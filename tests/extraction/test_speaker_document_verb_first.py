"""A document read out with the verb first after the quote ("“…,” read the letter.", "concludes
the report", "begins the memo"): whoever issued it speaks, never the earlier speaker; a thing
read out that is nobody's words, or a document no one is said to have issued, keeps no speaker.
Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“Berth fees will rise by four per cent from April, and we regret it,”"


@pytest.mark.parametrize(
    ("intro", "tail", "speaker"),
    [
        (
            "The Kestrel Harbour Board sent a letter to owners.",
            "read the letter.",
            "Kestrel Harbour Board",
        ),
        (
            "The Tolva Ferry Company emailed a memo to crews.",
            "reads the memo.",
            "Tolva Ferry Company",
        ),
        (
            "The Orrin Water Board published its annual report.",
            "concludes the report.",
            "Orrin Water Board",
        ),
        (
            "Harbour master Rhian Dalby wrote a circular on Monday.",
            "begins the circular.",
            "Rhian Dalby",
        ),
    ],
)
def test_the_issuer_of_a_document_read_verb_first_speaks(
    intro: str, tail: str, speaker: str
) -> None:
    assert speakers_in_order([_BEFORE, f"{intro} {_QUOTE} {tail}"])[-1] == speaker


@pytest.mark.parametrize(
    ("intro", "tail"),
    [
        ("Rhian Dalby hung a banner at the quay.", "read the banner."),
        ("A letter was pushed under every door on Tuesday.", "read the letter."),
        ("Tomas Breck pinned a label to the crate.", "read the label."),
    ],
)
def test_nobody_s_words_read_verb_first_keep_no_speaker(intro: str, tail: str) -> None:
    assert speakers_in_order([_BEFORE, f"{intro} {_QUOTE} {tail}"])[-1] is None
