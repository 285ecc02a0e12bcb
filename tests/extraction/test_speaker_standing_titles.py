"""A speaker named after a verb, a description and a comma ("said the Harwell chairman, Tim
Bell.", "said the world No 1, Sam Ode.") is the name, whatever team, place or standing comes
before the role."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We knew the last set would decide everything, and we were ready for it,”"


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("said the Harwell chairman, Tim Bell.", "Tim Bell"),
        ("said the Kessington Athletic chairman, Rosa Lind.", "Rosa Lind"),
        ("added the world No 1, Sam Ode.", "Sam Ode"),
        ("said the world No. 4, Ines Varga.", "Ines Varga"),
        ("said the world number three, Ana Kovac.", "Ana Kovac"),
        ("said the defending champion, Ana Kovac.", "Ana Kovac"),
        ("said the agency's director, Jane Roe.", "Jane Roe"),
    ],
)
def test_name_after_a_described_speaker(credit: str, speaker: str) -> None:
    assert speakers_in_order([f"{_QUOTE} {credit}"]) == [speaker]


@pytest.mark.parametrize(
    "credit",
    [  # no name after the comma: no person of that name
        "said the Harwell chairman, Tuesday.",
        "said the world No 1, in Paris.",
    ],
)
def test_no_name_after_the_comma(credit: str) -> None:
    speaker = speakers_in_order([f"{_QUOTE} {credit}"])[0]
    assert speaker not in ("Tuesday", "Paris")
