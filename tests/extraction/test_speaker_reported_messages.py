"""Messages sent "saying" something: a platform after a preposition is where it was posted, and
"The court heard he sent a message saying" reports what he sent."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Tom Ode, 34, denies the charge. Ann Lee was his business partner."
_QUOTE = "“we will finish the work we started together four years ago.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("He posted on Facebook saying ", "Tom Ode"),
        ("She wrote on Instagram, saying ", "Ann Lee"),
        ("He took to X, saying ", "Tom Ode"),
        ("The court heard he sent a message saying ", "Tom Ode"),
        ("The jury was told that she sent a text saying ", "Ann Lee"),
    ],
)
def test_the_sender_of_the_message_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, lead + _QUOTE]) == [speaker]


def test_a_name_posting_is_still_the_speaker() -> None:
    assert speakers_in_order([_OPENING, "Ann Lee posted a video saying " + _QUOTE]) == ["Ann Lee"]
