"""A player described by a standing ("the defending champion", "the top seed", "the Olympic
champion") is the player the article named before, never the word before the noun."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Carlos Ruiz, 24, won the final in straight sets on Sunday."
_QUOTE = "“We will finish the work we started together four years ago,”"


@pytest.mark.parametrize(
    "described",
    ["the defending champion", "the top seed", "the Olympic champion", "the two-time winner"],
)
def test_a_standing_means_the_player_named_before(described: str) -> None:
    assert speakers_in_order([_OPENING, f"{_QUOTE} {described} said."]) == ["Carlos Ruiz"]


def test_a_standing_with_no_player_named_before_is_no_one() -> None:
    paragraphs = ["The final was played in heavy rain.", f"{_QUOTE} the defending champion said."]
    assert speakers_in_order(paragraphs) == [None]
