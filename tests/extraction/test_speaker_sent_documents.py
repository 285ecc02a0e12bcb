"""A letter or notice credited back to whoever sent it, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are sorry for every delay our patients have faced this winter,”"


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        (
            "In a letter to patients, the trust's chief executive, Moira Kent, apologised.",
            "the letter said.",
            "Moira Kent",
        ),
        (
            "In a letter to staff, chief executive Moira Kent apologised for the delays.",
            "the letter said.",
            "Moira Kent",
        ),
        (
            "Residents received a letter from Moira Kent on Friday.",
            "the letter said.",
            "Moira Kent",
        ),
        ("Pellworth recalled 40,000 pumps on Monday.", "the recall notice said.", "Pellworth"),
        (
            "The Dunmere Hospital Trust closes its maternity ward in May.",
            "the closure letter said.",
            "Dunmere Hospital Trust",
        ),
    ],
)
def test_a_document_is_its_senders(opening: str, tail: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {tail}"]) == [speaker]


@pytest.mark.parametrize(
    ("opening", "tail"),
    [
        ("In a letter to patients, the hospital apologised.", "the letter said."),
        ("Residents received a letter on Friday.", "the letter said."),
        ("Pellworth sold 40,000 pumps on Monday.", "the recall notice said."),
        ("Many owners recalled the pumps fondly.", "the recall notice said."),
    ],
)
def test_a_document_with_no_sender_named_keeps_none(opening: str, tail: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {tail}"]) == [None]
