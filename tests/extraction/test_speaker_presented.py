"""A bare quote after a sentence that brings someone in ("Meet Kofi Mensah-Blake.", "Then there
is the striker, Kofi Mensah-Blake, 22.") is that person's, not the last one to speak."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I thought football was done with me, and then a friend dragged me to a trial.”"
_OPENING = "“We are third and nobody expected it,” says Dariusz Kowal, who took over in 2023."


@pytest.mark.parametrize(
    "sentence",
    [
        "Meet Kofi Mensah-Blake.",
        "Then there is Kofi Mensah-Blake.",
        "Then there is the striker, Kofi Mensah-Blake, 22.",
        "And there's Kofi Mensah-Blake, released by an academy at 18.",
        "Enter Kofi Mensah-Blake, the club's top scorer.",
    ],
)
def test_the_person_brought_in_speaks(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == [
        "Dariusz Kowal",
        "Kofi Mensah-Blake",
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # a place or a thing brought in, or a person met by someone else: no change
        "There is Ashgrove Lane, where the club trains.",
        "Kowal went to meet Kofi Mensah-Blake's agent.",
    ],
)
def test_no_person_brought_in(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"])[-1] == "Dariusz Kowal"


_CAPTAIN = "Leon Fairweather is the club captain."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # a person singled out speaks; a team singled out does not
        ("It was Fairweather who broke the silence.", "Leon Fairweather"),
        ("It is Leon Fairweather who usually talks first.", "Leon Fairweather"),
        ("It was Ashgrove who scored first.", "Dariusz Kowal"),
    ],
)
def test_the_person_singled_out_speaks(sentence: str, speaker: str) -> None:
    paragraphs = [f"{_OPENING} {_CAPTAIN}", f"{sentence} {_QUOTE}"]
    assert speakers_in_order(paragraphs)[-1] == speaker
