""" "The band said" is the band named with "the" nearby, also when its name opens a sentence ("The
Lantern Wives cancelled …") or follows a lower-case "the" ("for the Lantern Wives"); shown
without that lower-case "the". A body named with its own word still comes first."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are heartbroken to cancel the rest of the tour and we are so sorry,”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Lantern Wives cancelled the rest of their tour on Monday.", "The Lantern Wives"),
        ("Fans had queued for hours to see the Lantern Wives.", "Lantern Wives"),
        ("Jory Quell’s band, the Mudlarks, cancelled the tour.", "Mudlarks"),
        ("Fans had queued for hours to see The Lantern Wives.", "The Lantern Wives"),
    ],
)
def test_the_band_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} the band said in a statement."]) == [speaker]


def test_a_body_named_with_its_word_comes_first() -> None:
    paragraph = f"The Hallé Orchestra cancelled the rest of its tour. {_QUOTE} the orchestra said."
    assert speakers_in_order([paragraph]) == ["Hallé Orchestra"]


def test_no_band_named() -> None:
    paragraph = f"Tickets were refunded on Monday. {_QUOTE} the band said in a statement."
    assert speakers_in_order([paragraph]) == [None]
