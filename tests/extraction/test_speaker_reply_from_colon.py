"""A reply, response, answer, retort or verdict "from X" introducing a quote with a colon ("The
reply from Pradeep Venkataraman was swift: “…”") is X's, even for a name no list gives a
gender."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The money was promised and it never came, not once in all these years.”"
_NAMES = ["Pradeep Venkataraman", "Marta Okonkwo-Reyes", "Councillor Dafydd Pryce"]
_BEFORE = "Greta Lindqvist had called the meeting."
_NOUNS = ["reply", "response", "answer", "retort", "verdict"]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("noun", _NOUNS)
def test_a_reply_from_someone_named(name: str, noun: str) -> None:
    paragraphs = [_BEFORE, f"The {noun} from {name} was swift: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [name.removeprefix("Councillor ")]


@pytest.mark.parametrize("noun", _NOUNS)
def test_a_reply_from_an_unnamed_crowd_keeps_no_speaker(noun: str) -> None:
    paragraphs = [_BEFORE, f"The {noun} from the crowd was loud: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [None]
