"""A month written short before its day ("Oct. 19", "Sept. 3") ends no sentence, so the
sentence's subject still owns the quote after it; invented text."""

from __future__ import annotations

import pytest

from bot.extraction.stops import boundaries
from tests.extraction.speaking import speakers_in_order

_WHY = "“in light of the terrible events of this week.”"


@pytest.mark.parametrize("day", ["Oct. 19", "Sept. 3", "Jan. 12", "Aug. 30", "Dec. 1"])
def test_the_subject_owns_the_quote_past_a_short_month(day: str) -> None:
    sentence = f"Harbor Artisans canceled their winter opening slated for {day} {_WHY}"
    assert speakers_in_order([sentence]) == ["Harbor Artisans"]


def test_a_person_subject_past_a_short_month() -> None:
    sentence = f"Mayor Jo Lee called off the parade planned for Nov. 4 {_WHY}"
    assert speakers_in_order([sentence]) == ["Jo Lee"]


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("The vote is set for Oct. 19 in the old hall. It was moved.", 1),
        ("The vote, on Sept. 3, was close. It was moved.", 1),
        ("It opened in Oct. The crowds came later.", 1),  # a month ending a sentence ends it
        ("They met on Oct. 19. Nothing came of it.", 1),
    ],
)
def test_a_short_month_before_a_number_ends_no_sentence(text: str, stops: int) -> None:
    assert len(boundaries(text)) == stops
