"""Someone who asked not to be named, brought in with "Her", "His", "Their" or "Another",
speaks the quote after them, so it is nobody's: not the person named before them."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = "“We cannot go on like this for another winter,” said Lia Crane, a nurse."
_AFTER = "“Staff are leaving the ward every single week now,” she said."


@pytest.mark.parametrize(
    "between",
    [
        "Her colleague on the ward, who asked not to be named, agreed.",
        "Another nurse, who asked not to be named, agreed.",
        "Her sister, who did not want to be identified, was angrier.",
        "Their manager, speaking on condition of anonymity, did not dispute it.",
    ],
)
def test_an_unnamed_person_takes_the_quote(between: str) -> None:
    assert speakers_in_order([_FIRST, between, _AFTER]) == ["Lia Crane", None]


@pytest.mark.parametrize(
    "between",
    [
        "Her colleague, Mei Tanaka, agreed.",
        "Another nurse, Greta Moss, agreed.",
        "The hospital did not respond to a request for comment.",
    ],
)
def test_a_named_person_or_none_keeps_the_answer(between: str) -> None:
    expected = between.split(", ")[1] if ", " in between else "Lia Crane"
    assert speakers_in_order([_FIRST, between, _AFTER]) == ["Lia Crane", expected]
