"""A bare quote after a sentence saying how "the captain" or "the chairman" is ("In the tunnel
afterwards the captain is hoarse.") is the words of the person the article introduced with that
role, not of whoever spoke last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Forty yards I ran for that. Forty yards at my age. Somebody get me a chair.”"
_INTRO = [
    "“He is the first manager who explains why,” says Leon Fairweather, the club captain.",
    "“If someone offers money I cannot stand in the way,” says Rob Tennant, the chairman.",
]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In the tunnel afterwards the captain is hoarse.", "Leon Fairweather"),
        ("The captain is hoarse.", "Leon Fairweather"),
        ("After the match, the captain was still breathless.", "Leon Fairweather"),
        ("Later the chairman is less cheerful.", "Rob Tennant"),
    ],
)
def test_the_role_in_a_state_speaks(sentence: str, speaker: str) -> None:
    intro = _INTRO if speaker != "Rob Tennant" else _INTRO[::-1]  # never the last to speak
    assert speakers_in_order([*intro, f"{sentence} {_QUOTE}"])[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [  # a deed done to the role, or a role nobody was introduced with: no change
        "The captain was substituted.",
        "The referee is hoarse.",
    ],
)
def test_no_named_role_in_a_state(sentence: str) -> None:
    assert speakers_in_order([*_INTRO, f"{sentence} {_QUOTE}"])[-1] == "Rob Tennant"


def test_the_role_introduced_long_before() -> None:
    filler = "The club trains on a field between a retail park and the ring road twice a week."
    paragraphs = [*_INTRO, *[filler] * 20, f"In the tunnel the captain is hoarse. {_QUOTE}"]
    assert speakers_in_order(paragraphs)[-1] == "Leon Fairweather"
