"""A quote ended by "it read" (or "it reads", "it says") after a sentence that brings in a
banner, sign, card or note with no one who wrote it is no one's words, not the last speaker's;
a note someone sent or a sign a named body put up keeps its old reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Lena Okafor, the site manager, said talks had stalled. "
    "“We are further apart than ever,” she said."
)


@pytest.mark.parametrize(
    "written",
    [
        "Outside the plant on Friday, workers hung a banner from the gates. "
        "“Not for sale to the lowest bidder,” it read.",
        "Above the kettle in the staff room hangs a hand-written note that, she said, has been "
        "there for years. “Trust the data, doubt the planet,” it reads.",
        "Someone had chalked a message on the pavement by the school. "
        "“Slow down, our children play here,” it read.",
        "The placard she carried was simple. “No more cuts to our village schools,” it said.",
        "A card taped inside the shop window is older than the till. "
        "“We fix what others throw away,” it says.",
    ],
)
def test_a_written_thing_has_no_speaker(written: str) -> None:
    assert speakers_in_order([_BEFORE, written]) == ["Lena Okafor", None]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Okafor wrote a note to staff on Friday. "
            "“We are further apart than we have ever been,” it read.",
            "Lena Okafor",
        ),
        (
            "Okafor stood by the gates for an hour. “We are further apart than we have ever been,” "
            "she said.",
            "Lena Okafor",
        ),
    ],
)
def test_near_misses_keep_their_speaker(written: str, expected: str) -> None:
    assert speakers_in_order([_BEFORE, written]) == ["Lena Okafor", expected]
