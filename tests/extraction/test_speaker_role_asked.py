"""A pronoun answering a question put by one whose job is asking ("“…?” the presenter asked.
“…,” she said.") is the one asked, even when the asker has the same gender."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUESTION = "“Why should anyone believe a single word you say about the harbour now?”"
_ANSWER = "“Because we told the truth about the harbour when it hurt us,”"


@pytest.mark.parametrize(
    ("setting", "tag", "reply", "speaker"),
    [
        (
            "Rosalind Achterberg questioned Nkechi Obi for an hour.",
            "the presenter asked.",
            "she said.",
            "Nkechi Obi",
        ),
        (
            "Matthias Brandt interviewed Lars Eklund on Sunday.",
            "the host asked.",
            "he said.",
            "Lars Eklund",
        ),
        (
            "Agnieszka Wrona cross-examined Mirela Constantin.",
            "asked the prosecutor.",
            "she says.",
            "Mirela Constantin",
        ),
        (
            "Haruto Ishikawa sat across from Emeka Nwosu.",
            "the veteran interviewer pressed.",
            "he answered.",
            "Emeka Nwosu",
        ),
        (
            "Saoirse Dunleavy, the moderator, turned to Brígida Soto.",
            "asked the moderator.",
            "she replied.",
            "Brígida Soto",
        ),
    ],
)
def test_the_reply_to_a_role_asking_is_the_one_asked(
    setting: str, tag: str, reply: str, speaker: str
) -> None:
    paragraphs = [setting, f"{_QUESTION} {tag}", f"{_ANSWER} {reply}"]
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("setting", "tag", "reply", "speaker"),
    [  # a named asker who goes on: a question of her own, then more of her words
        (
            "Rosalind Achterberg spoke after Nkechi Obi.",
            "Achterberg asked.",
            "she said.",
            "Rosalind Achterberg",
        ),
        ("Lars Eklund spoke after Duarte Pimentel.", "Eklund asked.", "he said.", "Lars Eklund"),
        # a role that does not ask for a living
        (
            "Rosalind Achterberg spoke after Nkechi Obi.",
            "the councillor asked.",
            "she said.",
            "Rosalind Achterberg",
        ),
    ],
)
def test_a_named_or_other_asker_keeps_her_next_words(
    setting: str, tag: str, reply: str, speaker: str
) -> None:
    paragraphs = [setting, f"{_QUESTION} {tag}", f"{_ANSWER} {reply}"]
    assert speakers_in_order(paragraphs)[-1] == speaker
