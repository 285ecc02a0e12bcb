"""Readers, fans and critics left unnamed keep no speaker however the sentence brings them in:
a review with a clause before "read:" ("One review left on a podcast app on Tuesday, under a
one-star rating, read:"), a fan in a clause after "and" ("…, and one fan wrote on Reddit that
it was"), or an outlet's critic with a stance ("The Northern Review’s critic was harsher,
describing it as"); a named critic beside the outlet is still named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“I got this one wrong, and I want to say that clearly,” Rory Vantongeren told listeners."


@pytest.mark.parametrize(
    "sentence",
    [
        "One review left on a podcast app on Tuesday, under a one-star rating, read: “Been"
        " listening since episode one. Not sure I trust the edits any more.”",
        "The show has been in the top ten in eleven countries since its release, and one fan"
        " wrote on Reddit that it was “the first thing in years my dad and I have watched"
        " together.”",
        "The show is a hit, but one viewer complained that it was “eight hours of weather with a"
        " murder somewhere underneath.”",
        "The Northern Review’s critic was harsher, describing it as “eight hours of weather with"
        " a murder somewhere underneath.”",
        "The Harwell Echo’s reviewer was kinder, calling it “the best thing on television this"
        " year by a distance.”",
    ],
)
def test_an_unnamed_reader_or_critic(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, sentence]) == ["Rory Vantongeren", None]


def test_a_critic_named_beside_the_outlet() -> None:
    paragraphs = [
        _BEFORE,
        "Tomas Vidal, the Northern Review’s critic, was harsher, describing it as “eight hours"
        " of weather with a murder somewhere underneath.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rory Vantongeren", "Tomas Vidal"]


def test_a_named_speaker_after_and() -> None:
    paragraphs = [
        _BEFORE,
        "The show has been in the top ten since its release, and Jess Mbeki wrote that she was"
        " “proud of him for owning it, every bit of it.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rory Vantongeren", "Jess Mbeki"]
