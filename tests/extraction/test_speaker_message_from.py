"""Words after a colon that a message from someone named brings ("a text from Reddy arrives, and
she reads it out loud:") are the sender's, not those of the person holding the phone."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Tell the journalist the Burgundy came in. You still owe me lunch.”"
_OPENING = "Colm Reddy runs a wine shop. Ilse Marrow runs the kitchen, and she is busy."


@pytest.mark.parametrize(
    "lead",
    [
        "A message from Reddy lights up her phone:",
        "As I leave, a text from Reddy arrives, and she reads it out loud:",
        "Then an email from Colm Reddy lands in her inbox:",
        "A voicemail from Reddy plays on the speaker while she works:",
    ],
)
def test_the_sender_of_a_message_speaks(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == ["Colm Reddy"]


@pytest.mark.parametrize(
    "lead",
    [  # no sender named: the woman reading it keeps it, as before
        "She reads the message aloud:",
        "She picks up her phone and reads:",
    ],
)
def test_no_sender_named_changes_nothing(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == ["Ilse Marrow"]
