"""Someone unnamed brought in after a phrase of place or time ("Near the collapsed school, a
man searching for his brother, who did not give his name, spoke through an interpreter.")
keeps the bare quote after that sentence unnamed, as when the sentence opens with them; a
name in that place keeps the quote."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "The governor, Leyla Ahmadova, said roads were cut. "
    "“Roads are cut in at least nine places, and we are sending helicopters,” Ahmadova said."
)
_QUOTE = "“They tell us to wait. How do I wait when I can hear nothing under there?”"


@pytest.mark.parametrize(
    "sentence",
    [
        "Near the collapsed village school, a man searching for his younger brother, who did "
        "not give his name, spoke through an interpreter while he waited for a digger.",
        "In the village of Kulob, a woman who had lost her mother shook her head.",
        "Outside the clinic, an elderly farmer leaned on his stick and stared at the road.",
        "Later that night, one survivor sat by the fire with his grandchildren.",
    ],
)
def test_a_bare_quote_after_someone_unnamed_keeps_no_speaker(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE}"]) == ["Leyla Ahmadova", None]


def test_a_named_person_after_the_phrase_keeps_the_quote() -> None:
    sentence = "Near the collapsed village school, Ahmadova spoke to families waiting for news."
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE}"]) == [
        "Leyla Ahmadova",
        "Leyla Ahmadova",
    ]
