"""A plural subject whose dashed aside names its members ("The bill's sponsors — A and B —
said"): the first one named, as for any pair speaking jointly, on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“the base will not close while either of us is in office.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "The bill’s sponsors — Priya Nair, a Democrat, and Carl Dunn, a Republican — said"
            " in a joint statement that",
            "Priya Nair",
        ),
        (
            "Two senators — Sen. Priya Nair, a Democrat, and Sen. Carl Dunn, a Republican —"
            " said in a joint statement that",
            "Priya Nair",
        ),
        ("Two founders — Chen Jing and Marek Nowak — wrote to staff that", "Chen Jing"),
        ("Two senators — both of them Democrats — said in a joint statement that", None),
    ],
)
def test_the_first_member_named_speaks(lead: str, speaker: str | None) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]
