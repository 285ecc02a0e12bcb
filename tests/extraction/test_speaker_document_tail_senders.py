"""A document after the quote with its sender after a role or as a body's people ("“…,” the memo
from harbour master X reads.", "said the notice, issued by officials at the X Board") or in a
clause of its own ("“…,” read the notice the X Board sent to owners."): the sender speaks, never
the earlier speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“No sailing will leave before the harbour master has signed it off,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("read the notice the Kestrel Harbour Board sent to owners.", "Kestrel Harbour Board"),
        ("read the letter harbour master Rhian Dalby wrote on Sunday.", "Rhian Dalby"),
        ("read the memo lawyers for the Tolva Ferry Company sent.", "Tolva Ferry Company"),
        ("the memo from ferry company chief executive Tomas Breck reads.", "Tomas Breck"),
        ("the bulletin from officials at the Orrin Water Board reads.", "Orrin Water Board"),
        ("said the circular, issued by parish clerk Amara Quist on Monday.", "Amara Quist"),
        (
            "said the memo, issued by a spokesperson for the Tolva Ferry Company.",
            "Tolva Ferry Company",
        ),
    ],
)
def test_the_sender_after_the_quote_speaks(tail: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {tail}"])[-1] == speaker


def test_a_family_named_by_its_member_keeps_no_speaker() -> None:
    paragraph = f"{_QUOTE} read a statement from the family of Rhian Dalby."
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
