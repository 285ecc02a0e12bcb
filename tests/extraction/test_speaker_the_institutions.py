"""A one-word institution opening a sentence ("The Kremlin said") is named without the article,
as it is mid-sentence; a paper whose title holds "The" keeps it ("The Athletic reported")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“we will finish the work we started together four years ago.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Kremlin said ", "Kremlin"),
        ("The Pentagon said in a statement ", "Pentagon"),
        ("Later, the Kremlin said ", "Kremlin"),
        ("The Athletic reported ", "The Athletic"),
        ("The Guardian said ", "The Guardian"),
    ],
)
def test_the_article_before_an_institution_is_no_part_of_its_name(lead: str, speaker: str) -> None:
    assert speakers_in_order([lead + _QUOTE]) == [speaker]
