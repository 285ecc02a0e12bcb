""" "The former" and "the latter" speaking after two people named together ("Ana Petrovic and
Ben Okoro clashed.") are the first and the second of them, in a tag or as a sentence's
subject; with no pair named before they are no one, and "the former president" is a role."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_PAIR = "Councillors Ana Petrovic and Ben Okoro clashed over the budget on Tuesday."
_FIRST = "“This is a plan that protects the poorest streets in the whole city,”"
_SECOND = "“It is a gift to developers and nothing more than that,”"


def test_former_and_latter_in_tags() -> None:
    paragraphs = [_PAIR, f"{_FIRST} the former said.", f"{_SECOND} said the latter."]
    assert speakers_in_order(paragraphs) == ["Ana Petrovic", "Ben Okoro"]


@pytest.mark.parametrize(
    ("which", "speaker"), [("former", "Ana Petrovic"), ("latter", "Ben Okoro")]
)
def test_former_or_latter_as_subject(which: str, speaker: str) -> None:
    paragraphs = [f"{_PAIR} The {which} called it “a plan written for someone else entirely.”"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_with_no_pair_the_former_is_no_one() -> None:
    paragraphs = ["Ana Petrovic spoke first at the meeting.", f"{_FIRST} the former said."]
    assert speakers_in_order(paragraphs) == [None]
