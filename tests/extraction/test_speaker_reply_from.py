"""A pronoun after a sentence naming someone as the source of a reply ("That drew a sharp reply
from Ní Mhurchú. “…,” she told reporters.") means that person, though named as an object and
though another person of that gender spoke last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Union leader Dervla Ní Mhurchú called the strike on Monday. Keir Addo, the transport"
    " secretary, urged talks. “My door is open to both sides this afternoon,” he said.",
    "Priya, a nurse, was waiting for a bus. “I support the drivers, but I have patients waiting"
    " for me,” she said.",
]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        ("That drew a sharp reply from Ní Mhurchú.", "she", "Dervla Ní Mhurchú"),
        ("His words brought a swift rebuke from Dervla Ní Mhurchú.", "she", "Dervla Ní Mhurchú"),
        ("There was an angry response from Addo.", "he", "Keir Addo"),
    ],
)
def test_the_one_the_reply_came_from(sentence: str, pronoun: str, speaker: str) -> None:
    paragraphs = [
        *_BEFORE,
        f"{sentence} “Eight months of this dispute and nobody has lifted a finger,” {pronoun}"
        " told reporters.",
    ]
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "That drew a sharp reply from Addo.",  # a man the reply came from; "she" is Priya
        "Priya had a letter from Ní Mhurchú in her bag.",  # no reply: the subject, Priya
    ],
)
def test_other_sentences_keep_the_woman_before(sentence: str) -> None:
    paragraphs = [
        *_BEFORE,
        f"{sentence} “Eight months of this dispute and nobody has lifted a finger,” she told"
        " reporters.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Priya"
