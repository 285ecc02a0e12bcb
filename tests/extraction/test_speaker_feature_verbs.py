"""Verbs of features and profiles after a quote ("Quenby quips", "she deadpans", "he shrugs",
"Quenby marvels", "she reckons", "he offers") credit the one named with them, not the last
person quoted; the same verbs about something done before a quote credit nobody by themselves."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = [
    "Marisol Quenby, 27, sings on the record.",
    "Tom Reyes produced it in a barn. “We cut it in a week,” he said.",
]
_QUOTE = "“I never thought a song written in a caravan would end up here,”"


@pytest.mark.parametrize(
    "credit",
    [
        "Quenby quips.",
        "Quenby deadpans.",
        "Quenby shrugs.",
        "Quenby marvels.",
        "Quenby reckons.",
        "Quenby offers, a little shyly.",
        "Quenby winces.",
    ],
)
def test_the_one_named_speaks(credit: str) -> None:
    assert speakers_in_order([*_OPENING, f"{_QUOTE} {credit}"]) == ["Tom Reyes", "Marisol Quenby"]


def test_an_offer_before_a_quote_is_a_deed() -> None:
    paragraph = f"Quenby offered a cup of tea to Tom Reyes. {_QUOTE} he said."
    assert speakers_in_order([*_OPENING, paragraph]) == ["Tom Reyes", "Tom Reyes"]
