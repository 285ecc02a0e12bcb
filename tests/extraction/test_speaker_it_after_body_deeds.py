""""It said" after a sentence whose subject is a body by the noun for its kind, with any verb
("The ministry rejected that. In a written statement, it said …"), is that body's, found by the
noun among the bodies the article named; not the last person quoted."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BODY = "The Ministry of Defence has defended its decision to keep troops on the frontier."
_CRITIC = (
    "Dorin Albu said the government had “turned an exercise into a deployment without telling"
    " parliament.”"
)


@pytest.mark.parametrize(
    "sentences",
    [
        "The ministry rejected that. In a written statement issued late on Thursday, it said",
        "The ministry disputed his account. It said",
        "The ministry has not responded to the claim. In a post on its website, it said",
        "The ministry denied it. It later said",
    ],
)
def test_it_after_the_body_acting_is_the_body(sentences: str) -> None:
    paragraphs = [_BODY, f"{_CRITIC} {sentences} the panel was “briefed fully and in time.”"]
    assert speakers_in_order(paragraphs) == ["Dorin Albu", "Ministry of Defence"]


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (  # a person opening the sentence before: "it" is no person, nor the body, unchanged
            "Albu repeated the claim. In a statement, it said",
            None,
        ),
        (  # the body named by its kind with a speech verb, as before
            "The ministry said",
            "Ministry of Defence",
        ),
    ],
)
def test_near_misses_keep_their_answer(sentences: str, speaker: str | None) -> None:
    paragraphs = [_BODY, f"{_CRITIC} {sentences} the panel was “briefed fully and in time.”"]
    assert speakers_in_order(paragraphs) == ["Dorin Albu", speaker]
