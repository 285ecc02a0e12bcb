"""A name no list knows set by commas after someone's friend ("Her friend, Ieuan, was blunter")
is a person and the sentence's subject: the quote after a colon, a quote alone after it and
the "he said" after it are that person's, not the friend quoted before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CARYS = (
    "“This will be the fourth strike this year. I have given up planning anything,” said Carys,"
    " a student nurse."
)
_SACK = "“Sack the lot of them and start again from scratch,”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"Her friend, Ieuan, was blunter: {_SACK.rstrip(',”')}.”", "Ieuan"),
        (f"Her friend, Ieuan, was blunter. {_SACK.rstrip(',”')}.”", "Ieuan"),
        (f"Her friend, Ieuan, was blunter. {_SACK} he said.", "Ieuan"),
        (f"Her boyfriend, Tarquin Mabe, shrugged. {_SACK} he said.", "Tarquin Mabe"),
    ],
)
def test_the_friend_named_after(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"{_CARYS} {sentence}"]) == ["Carys", speaker]
