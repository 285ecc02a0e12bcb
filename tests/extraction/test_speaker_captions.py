"""A caption on someone's post, photo or video ("A post on his accounts showed him in training
with the caption “…”") is the owner's words, and a clause after the quote saying someone else
passed it on ("which his teammate X shared", "that Ana Lee reposted") names no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "Kwame Owusu-Darko has said nothing in public."


@pytest.mark.parametrize(
    "sentence",
    [
        "A post on his social media accounts showed him in training with the caption “Back to "
        "work. Mill Lane forever,” which his teammate Baek Joon-ho shared with three emojis.",
        "A post on his accounts showed him in training with the caption “Back to work. Mill "
        "Lane forever.”",
        "Owusu-Darko's latest photo, taken at the training ground, was captioned “Back to work. "
        "Mill Lane forever.”",
        "He posted a photo of the training ground with the caption “Back to work. Mill Lane "
        "forever,” which Ana Lee reposted within minutes.",
    ],
)
def test_the_caption_is_the_owners(sentence: str) -> None:
    assert speakers_in_order([_INTRO, sentence]) == ["Kwame Owusu-Darko"]


def test_a_caption_on_anothers_post_is_theirs() -> None:
    paragraphs = [
        _INTRO,
        "Ana Lee's post showed the two of them together with the caption “Back to work. Mill "
        "Lane forever.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Lee"]
