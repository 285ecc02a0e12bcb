"""A quote after ", saying" (or "adding") whose sentence opens with a body by the noun for its
kind ("The company denied the claims, saying it had “…”") is that body's, found among the bodies
the article named; not the last person quoted."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BODIES = "The Ministry of Defence and the food maker Corvane Foods both defended the deal."
_CRITIC = "Dorin Albu said the deal had “turned an exercise into a deployment without a vote.”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ministry rejected that, saying the committee had been", "Ministry of Defence"),
        ("The company denied the claims, saying it had been", "Corvane Foods"),
        ("The company later hit back, adding that it had been", "Corvane Foods"),
        ("The ministry has disputed his account, saying officials were", "Ministry of Defence"),
    ],
)
def test_a_body_by_its_kind_before_saying_is_the_body(sentence: str, speaker: str) -> None:
    paragraphs = [_BODIES, f"{_CRITIC} {sentence} “briefed fully and in good time by staff.”"]
    assert speakers_in_order(paragraphs) == ["Dorin Albu", speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Corvane Foods denied the claims, saying it had been", "Corvane Foods"),  # named
        ("Stefan Vulpe rejected that, saying the committee had been", "Stefan Vulpe"),
        ("He rejected that, saying the committee had been", "Dorin Albu"),  # a pronoun
    ],
)
def test_near_misses_keep_their_speaker(sentence: str, speaker: str) -> None:
    paragraphs = [_BODIES, f"{_CRITIC} {sentence} “briefed fully and in good time by staff.”"]
    assert speakers_in_order(paragraphs) == ["Dorin Albu", speaker]
