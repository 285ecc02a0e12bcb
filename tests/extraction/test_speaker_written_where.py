"""A sign, plaque or inscription credited after the quote keeps no speaker also when the text
says where it stands ("…,” read the sign on her dressing-room door.", "the banner outside the
venue read"), not the person named before; a person speaking somewhere still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Marisol Quenby played last."
_QUOTE = "“Whatever happens tonight, remember that you chose to be here,”"


@pytest.mark.parametrize(
    "credit",
    [
        "read the sign on her dressing-room door.",
        "reads the inscription on her guitar.",
        "the banner outside the venue read.",
        "read a handwritten sign in the window of her shop.",
        "says the plaque above the stage door.",
        "read the sign.",
        "reads the caption beside the first quilt.",
        "read the epitaph on her grave.",
        "reads a sticker on his guitar case.",
    ],
)
def test_the_written_thing_keeps_no_speaker(credit: str) -> None:
    assert speakers_in_order([f"{_OPENING} {_QUOTE} {credit}"]) == [None]


@pytest.mark.parametrize(
    "credit",
    [
        "she said on the radio.",
        "she said in a statement.",
        "Quenby said at the door.",
        "said the actor in her band.",
    ],
)
def test_a_person_speaking_somewhere_speaks(credit: str) -> None:
    assert speakers_in_order([f"{_OPENING} {_QUOTE} {credit}"]) == ["Marisol Quenby"]
