"""Words a sentence announces by a noun for someone's words before a colon are that person's:
"Her verdict:", "His advice to young cooks is blunt:", "Marrow's answer was short:"; a person
announced that way ("Her husband is more direct:") is not the owner."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Cook what you would eat yourself, and never apologise for it.”"
_HER_FIRST = "Ilse Marrow is the chef at Fennick. Bernard Lisle, 71, hired Marrow in 1997."
_HIM_FIRST = "Bernard Lisle, 71, hired Ilse Marrow in 1997. She has run Fennick since 2015."


@pytest.mark.parametrize(
    ("opening", "lead", "speaker"),
    [
        (_HER_FIRST, "Her verdict:", "Ilse Marrow"),
        (_HIM_FIRST, "His advice to young cooks is blunt:", "Bernard Lisle"),
        (_HER_FIRST, "After a long pause, her answer is simple:", "Ilse Marrow"),
        (_HIM_FIRST, "Lisle thinks for a moment. His reply was short:", "Bernard Lisle"),
    ],
)
def test_their_words_before_a_colon(opening: str, lead: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) == [speaker]


def test_a_person_of_theirs_is_not_them() -> None:
    paragraphs = [_HER_FIRST, f"Her husband is more direct: {_QUOTE}"]
    assert speakers_in_order(paragraphs) != ["Ilse Marrow"]
