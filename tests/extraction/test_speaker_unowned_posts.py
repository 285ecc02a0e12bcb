"""A post, comment or review brought in as the subject of the sentence before "it read", with
no one named as its writer ("On the forum, a pinned post from the community team tried to
reassure them. “…,” it read."), is no one's, not the last person who wrote; a post someone
wrote ("In a post on Instagram, she thanked fans. “…,” it read.") or one from a named body is
theirs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Pieter Langstraat ended his email with a promise. “I will write a reference for every one"
    " of you who asks,” he wrote."
)
_QUOTE = "“The servers are not going anywhere, and neither are we,” it read."


@pytest.mark.parametrize(
    "sentence",
    [
        "On the game’s official forum, a pinned post from the community team tried to reassure"
        " them.",
        "A pinned post on the forum tried to reassure them.",
        "One reply near the top of the thread was more hopeful.",
        "A review left on the store page on Tuesday struck a gentler note.",
    ],
)
def test_a_post_no_one_is_named_for(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE}"]) == ["Pieter Langstraat", None]


def test_a_post_someone_wrote() -> None:
    paragraphs = [
        _BEFORE,
        "In a post on Instagram, Camila Restrepo-Yilmaz thanked her team. " + _QUOTE,
    ]
    assert speakers_in_order(paragraphs) == ["Pieter Langstraat", "Camila Restrepo-Yilmaz"]


def test_a_post_from_a_named_body() -> None:
    paragraphs = [
        _BEFORE,
        "On the forum, a pinned post from Thornfield Games tried to reassure players. " + _QUOTE,
    ]
    assert speakers_in_order(paragraphs) == ["Pieter Langstraat", "Thornfield Games"]
