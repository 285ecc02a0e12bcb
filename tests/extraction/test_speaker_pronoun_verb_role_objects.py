"""A name after a pronoun, a verb and a role ("after he rounded goalkeeper Rasmus Holt") is the
object of the pronoun's verb, so a "he said" after it goes on meaning the one the pronoun
was, not the man he rounded; "her sister Kate Vale" after a verb keeps its old reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = (
    "Chidi Okwuosa scored twice. “I have waited my whole life for a day like this one,” "
    "Okwuosa told reporters."
)
_QUOTE = "“The first one I just hit and prayed, and the second one I placed,”"


@pytest.mark.parametrize(
    "middle",
    [
        "The second came after he rounded goalkeeper Rasmus Holt and slotted in.",
        "His winner came when he beat defender Tomasz Wierzba to a loose ball.",
        "The equaliser arrived after he outpaced captain Lukas Brandt down the left.",
    ],
)
def test_the_one_a_pronoun_acts_on_is_no_speaker(middle: str) -> None:
    paragraphs = [_FIRST, middle, f"{_QUOTE} he said."]
    assert speakers_in_order(paragraphs) == ["Chidi Okwuosa", "Chidi Okwuosa"]


def test_a_new_subject_after_a_role_still_speaks() -> None:
    paragraphs = [
        _FIRST,
        "Across the dressing room, goalkeeper Rasmus Holt held his hands up.",
        f"{_QUOTE} he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Chidi Okwuosa", "Rasmus Holt"]
