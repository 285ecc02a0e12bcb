"""A quote followed by a sentence naming whose it was ("That was Kofi Mensah-Blake, who has scored
19 goals.", "That's Gwen Tallis, who runs the post office.") is that person's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I thought football was done with me, and then a friend dragged me to a trial.”"
_OPENING = "Dariusz Kowal took over at Ashgrove in 2023. The club sits third."


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was Kofi Mensah-Blake, who has scored 19 goals this season.", "Kofi Mensah-Blake"),
        ("That's Gwen Tallis, who has run the post office since 1994.", "Gwen Tallis"),
        ("This is Leon Fairweather. He has played 240 games.", "Leon Fairweather"),
    ],
)
def test_the_person_named_after(after: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, _QUOTE, after]) == [speaker]


def test_a_thing_named_after_is_no_one() -> None:
    after = "That was Saturday's game, and the club won it."
    assert speakers_in_order([_OPENING, _QUOTE, after]) == ["Dariusz Kowal"]
