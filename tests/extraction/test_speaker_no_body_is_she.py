"""A body named beside its kind ("her insurer, Harbour Mutual,") is no "he" or "she", even
when its name carries no word that marks it as a body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“They said it was an act of God, and I said God does not pay my mortgage,”"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her insurer, Harbour Mutual, told her the policy did not cover flood damage.",
        "Her insurer Harbour Mutual told her the policy did not cover flood damage.",
        "Harbour Mutual, her insurer, told her the policy did not cover flood damage.",
        "Her lender, Crestline, wrote to her the following week.",
    ],
)
def test_the_woman_speaks_not_the_body_that_wrote_to_her(sentence: str) -> None:
    paragraphs = ["Marta Kowalski lost her home in the flood.", sentence, f"{_QUOTE} she said."]
    assert speakers_in_order(paragraphs) == ["Marta Kowalski"]


def test_a_person_beside_her_role_is_still_a_she() -> None:
    paragraphs = [
        "Tom Ode finished his book in the spring.",
        "Ann Lee, his publisher, told him the printer was late.",
        f"{_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]
