"""A note, report or memo that "Analysts at X" wrote is X's when a later tag names only the
document ("the note said"); a person who leads the analysts, or a reporter, keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Confidence is the real product in this market,”"


@pytest.mark.parametrize(
    ("opening", "noun", "firm"),
    [
        (
            "Analysts at Greyhaven Securities wrote in a note to clients",
            "note",
            "Greyhaven Securities",
        ),
        ("Economists at Bankhaus Oderlin warned in a report", "report", "Bankhaus Oderlin"),
        ("Strategists at Tamsin & Obi Capital said in a memo", "memo", "Tamsin & Obi Capital"),
        ("Analysts at the Ridgeway Group noted in a research note", "note", "Ridgeway Group"),
    ],
)
def test_the_firm_whose_analysts_wrote_it_speaks_for_the_document(
    opening: str, noun: str, firm: str
) -> None:
    paragraphs = [
        "Shares in Lumora fell 12 percent on Tuesday after the recall.",
        f"{opening} that the refunds would cost about $90 million. {_QUOTE} the {noun} said.",
    ]
    assert speakers_in_order(paragraphs) == [firm], opening


def test_a_reporter_who_quoted_the_analysts_keeps_the_report() -> None:
    paragraphs = [
        "Analysts at Greyhaven Securities were quoted in a report by Dana Whitfield-Osei."
        f" {_QUOTE} the report said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dana Whitfield-Osei"]


def test_a_named_analyst_opening_the_sentence_keeps_the_note() -> None:
    paragraphs = [
        "Priyanka Oduya, who leads the analysts at Greyhaven Securities, wrote in a note that the"
        f" refunds would cost about $90 million. {_QUOTE} the note said.",
    ]
    assert speakers_in_order(paragraphs) == ["Priyanka Oduya"]
