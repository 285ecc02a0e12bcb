"""A quote ended by "it read" (or "it reads", "it says") after a sentence that brings in a
banner, sign, card or note with no one who wrote it is no one's words, not the last speaker's;
a note someone sent or a sign a named body put up is theirs ("Analysts at Merrow Securities
sent clients a note. “…,” it read." is Merrow Securities')."""

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


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Analysts at Merrow Securities sent clients a note on Tuesday. "
            "“The bid is the opening move, not the last word in this saga,” it read.",
            "Merrow Securities",
        ),
        (
            "The Harbour Board put up a new sign at the slipway last week. "
            "“Launching here is at your own risk after dark,” it reads.",
            "Harbour Board",
        ),
        (
            "Ivo Brandt wrote a note to his staff on Friday. "
            "“Pay talks have gone backwards since the summer, not forwards,” it read.",
            "Ivo Brandt",
        ),
    ],
)
def test_a_note_someone_sent_is_theirs(written: str, expected: str) -> None:
    assert speakers_in_order([_BEFORE, written]) == ["Lena Okafor", expected]
