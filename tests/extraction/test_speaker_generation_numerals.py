"""A roman numeral after a first name and a surname ("Jean-Luc Moreau III") is part of the name,
as "Jr." is, so he is told apart from an elder who shares the rest of it; after a single name
("Charles III") and a trailing credential ("Nora Dunn MS") nothing changes."""

from __future__ import annotations

import pytest

from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Jean-Luc Moreau III", "Jean-Luc Moreau III"),
        ("Tomasz Nowak IV", "Tomasz Nowak IV"),
        ("Charles III", "Charles"),
        ("Nora Dunn MS", "Nora Dunn"),
    ],
)
def test_a_generation_numeral_stays_with_a_full_name(run: str, name: str) -> None:
    assert split_run(run)[0] == name


def test_the_numbered_one_keeps_the_bare_surname_over_an_elder_named_in_passing() -> None:
    paragraphs = [
        "Jean-Luc Moreau III took the stage in Lyon on Friday.",
        "Moreau insisted the speech was about his grandfather, Jean-Luc Moreau, the wartime mayor.",
        "“My family has always stood against the tide, and we will again,” Moreau declared.",
    ]
    assert speakers_in_order(paragraphs) == ["Jean-Luc Moreau III"]
