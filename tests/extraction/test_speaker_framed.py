"""The wrong nearby person: a paragraph framed around a newly named person ("For Ann Lee, a
nurse, the promise came too late.") hands them the bare quote that follows, not the one who
spoke before; a frame around a time, a body or the earlier speaker changes nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MINISTER = "“We expect the new clinic to open in May,” said Tom Reyes, the health minister."
_BARE = "“They have promised this three times already and nothing has happened.”"
_STAFF = "“We will staff every single ward by the end of the summer.”"


@pytest.mark.parametrize(
    ("framing", "speaker"),
    [
        ("For Ann Lee, a nurse at the old hospital, the promise came too late.", "Ann Lee"),
        (
            "To Sam Ortiz, who has run the ferry for thirty years, the plan makes no sense.",
            "Sam Ortiz",
        ),
        ("The town is split. For Ann Lee, who lives by the harbour, it is all talk.", "Ann Lee"),
    ],
)
def test_a_bare_quote_after_a_frame_is_the_framed_person_s(framing: str, speaker: str) -> None:
    assert speakers_in_order([_MINISTER, framing, _BARE]) == ["Tom Reyes", speaker]


@pytest.mark.parametrize(
    "framing",
    [
        "For the first time in years, the old hospital was full.",
        "For Harbour Health Trust, the clinic means a new start.",
        "For Reyes, the opening is personal: his mother was a nurse there.",
    ],
)
def test_a_frame_around_no_new_person_leaves_the_speaker(framing: str) -> None:
    assert speakers_in_order([_MINISTER, framing, _STAFF]) == ["Tom Reyes", "Tom Reyes"]
