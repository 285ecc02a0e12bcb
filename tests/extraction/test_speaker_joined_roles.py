"""Two roles joined by "and" that open a sentence before a name ("The songwriter and vocal coach
Beatriz Solórzano-Kim, who …, backed Quell.") describe the sentence's subject: the "she said"
after the quote is hers, not that of the woman she backed; a name after "and" elsewhere in a
sentence is still an object."""

from __future__ import annotations

import pytest

from bot.extraction.mentions import not_subject
from tests.extraction.speaking import speakers_in_order

_BEFORE = "The singer Nadia Quell has accused the producer Dex Marlowe of taking her chorus."
_QUOTE = "“I was sitting on the sofa and I heard her sing it,”"


@pytest.mark.parametrize(
    ("lead", "pronoun", "name"),
    [
        (
            "The songwriter and vocal coach Beatriz Solórzano-Kim, who says she was there,"
            " backed Quell in a video.",
            "she",
            "Beatriz Solórzano-Kim",
        ),
        (
            "Poet and activist Marisol Okafor, who was at the session, backed Quell online.",
            "she",
            "Marisol Okafor",
        ),
        (
            "The actor and film director Tomasz Wielgosz, who knows both, thanked Marlowe.",
            "he",
            "Tomasz Wielgosz",
        ),
        (
            "Singer and guitarist Rhiannon Pugh-Evans, a friend of both, later backed Quell.",
            "she",
            "Rhiannon Pugh-Evans",
        ),
    ],
)
def test_joined_roles_describe_the_subject(lead: str, pronoun: str, name: str) -> None:
    paragraphs = [_BEFORE, f"{lead} {_QUOTE} {pronoun} said."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The actor and director Tom Hale said it was over.", "Tom Hale", False),
        ("She thanked her agent and Tom Hale for the work.", "Tom Hale", True),  # listed
        ("He met the actor and director Tom Hale in May.", "Tom Hale", True),  # not opening
        ("She thanked the crew and the sound engineer Tom Hale.", "Tom Hale", True),
    ],
)
def test_only_roles_opening_the_sentence_make_a_subject(
    text: str, name: str, expected: bool
) -> None:
    begin = text.index(name)
    assert not_subject(text, name, begin, begin + len(name)) is expected
