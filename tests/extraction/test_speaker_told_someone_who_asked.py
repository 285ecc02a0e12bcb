"""A speech verb in a "who" clause on the one the subject spoke to ("the founder told a
contractor who had asked about the token:") is not the quote's verb: the teller speaks. A
bare "who replied:" still hands the quote to the one told."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Adrian Szabo-Mensah, the founder of the Lumacoin token, went on trial on Monday."
_QUOTE = "“If anyone asks, the volume is organic. Organic, organic, organic.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "In another exchange, the founder told a marketing contractor who had asked about"
            " the token’s sudden popularity:",
            "Adrian Szabo-Mensah",
        ),
        (
            "Szabo-Mensah wrote to an investor who asked whether the volume was real:",
            "Adrian Szabo-Mensah",
        ),
        (
            "The prosecutor, Rebecca Halvorsen, told jurors who had asked to see the chats again:",
            "Rebecca Halvorsen",
        ),
        (
            "Szabo-Mensah messaged a friend who had warned him about the bots that evening:",
            "Adrian Szabo-Mensah",
        ),
    ],
)
def test_the_teller_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        "Szabo-Mensah told a contractor, Ines Marlow, who replied:",
        "Szabo-Mensah spoke to a contractor, Ines Marlow, who said:",
    ],
)
def test_a_bare_reply_in_the_clause_is_the_one_told(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == ["Ines Marlow"]
