"""A thing read out that is nobody's words keeps no speaker when its noun is written with a
capital ("the T-shirt read"), as it does in lower case ("the shirt read"). Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_WORE = "Harbour master Rhian Dalby wore a T-shirt to the meeting."
_QUOTE = "No dredging is planned for the northern basin before spring"


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{_QUOTE},” the T-shirt read.",
        f"“{_QUOTE},” read the T-shirt.",
        f"The T-shirt read: “{_QUOTE}.”",
    ],
)
def test_a_t_shirt_read_out_is_no_one_s(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_WORE} {sentence}"])[-1] is None


def test_a_letter_read_out_after_it_is_still_its_writer_s() -> None:
    paragraph = f"{_WORE} She also sent a letter to owners. “{_QUOTE},” the letter reads."
    assert speakers_in_order([_BEFORE, paragraph])[-1] == "Rhian Dalby"
