"""A bare quote after the writer asks someone ("I put this to Ishikawa.", "I ask her about the
alerts.") is the answer of the one asked, not of the last person quoted."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Every one of these companies starts with a story about helping workers.”"
_OPENING = (
    "Hana Ishikawa, 34, runs Loomwell. “We listen,” she says."
    " Professor Elin Marsh studies labour markets at the University of Corrow."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I put this to Ishikawa.",
        "I put the criticism to Ishikawa, who takes her time.",
        "When I ask Ishikawa about it, she laughs.",
        "I asked Ishikawa whether the app was fair.",
        "We asked Hana Ishikawa about the midnight alerts.",
    ],
)
def test_the_one_the_writer_asks_answers(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"])[-1] == "Hana Ishikawa"


def test_a_body_asked_is_no_speaker_here() -> None:
    sentence = "I asked the council about the cut. Marsh was not surprised."
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"])[-1] == "Elin Marsh"
