"""An outlet whose name opens with a capital "The" mid-sentence keeps it ("a report from The
Verge" is The Verge's, "a report by The Harwell Courier"), while a body written after a small
"the" is named without it ("a statement from the Harbour Office")."""

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
