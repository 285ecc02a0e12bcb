"""An outlet whose name opens with a capital "The" mid-sentence keeps it ("a report from The
Verge" is The Verge's, "a report by The Harwell Courier"), while a body written after a small
"the" is named without it ("a statement from the Harbour Office"); "the outlet", "the newspaper"
or "the publication" after such a report is that outlet."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“has paused hiring across its whole hardware division.”"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("According to a report from The Verge, the firm", "The Verge"),
        ("A report by The Harwell Courier said the firm", "The Harwell Courier"),
        ("A statement from the Harbour Office said the firm", "Harbour Office"),
    ],
)
def test_the_outlet_as_written(source: str, speaker: str) -> None:
    assert speakers_in_order([f"{source} {_QUOTE}"]) == [speaker]


_LATER = "“not to expect any new roles until the autumn at the earliest.”"


@pytest.mark.parametrize(
    ("report", "outlet"),
    [
        (f"According to a report from The Verge, the firm {_QUOTE}", "The Verge"),
        (f"The Harwell Courier reported on Monday that the firm {_QUOTE}", "Harwell Courier"),
        ("The firm is cutting costs, according to Reuters. The cuts began in May.", "Reuters"),
    ],
)
@pytest.mark.parametrize("noun", ["outlet", "newspaper", "publication"])
def test_the_outlet_behind_the_report(report: str, outlet: str, noun: str) -> None:
    quotes = speakers_in_order([report, f"The {noun} added that staff were told {_LATER}"])
    assert quotes[-1] == outlet


def test_a_firm_is_no_outlet() -> None:
    report = f"According to a report from The Verge, the firm {_QUOTE}"
    assert speakers_in_order([report, f"The firm added that staff were told {_LATER}"]) == [
        "The Verge",
        None,
    ]
