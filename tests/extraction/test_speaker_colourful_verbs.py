"""Speakers credited with the livelier verbs news writing uses ("slammed", "beamed", "hit
back"), after the quote, before the name, and with a pronoun."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The plan will not survive the winter without more money from the council,”"
_VERBS = ["slammed", "blasted", "hinted", "beamed", "smiled", "grinned", "answered", "grumbled"]
_VERBS += ["protested", "muttered", "scoffed", "demanded", "hit back", "fired back"]
_VERBS += ["laughed", "sighed", "sobbed", "shrugged", "chuckled"]


@pytest.mark.parametrize("verb", _VERBS)
def test_a_name_then_the_verb(verb: str) -> None:
    paragraphs = ["The council met on Monday.", f"{_QUOTE} Ann Lee {verb}."]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize("verb", _VERBS)
def test_the_verb_then_a_name(verb: str) -> None:
    paragraphs = ["The council met on Monday.", f"{_QUOTE} {verb} Ann Lee, who runs the bank."]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "begged" and "offered" take objects and stay no speech verbs.
        "Ann Lee, who had begged the mayor to stay, said the plan was “doomed from the very"
        " first day it was drawn up”.",
        "The new rules have offered “a lifeline to the smallest shops”, Ann Lee said.",
    ],
)
def test_verbs_that_take_objects_leave_the_speaker_to_the_real_verb(sentence: str) -> None:
    assert speakers_in_order(["The council met on Monday.", sentence]) == ["Ann Lee"]


@pytest.mark.parametrize("verb", ["smiled", "beamed", "laughed", "cried", "screamed"])
def test_a_verb_of_manner_in_a_clause_about_another_is_no_speech(verb: str) -> None:
    paragraphs = [
        f"Rina Vale, whose longtime coach Ann Lee {verb} in the stands, won the final.",
        "“I have waited my whole career for a night like this one,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rina Vale"]


@pytest.mark.parametrize("verb", ["laughed:", "sighed:", "beamed:", "smiled and said:"])
def test_a_verb_of_manner_before_a_colon_still_gives_its_subject(verb: str) -> None:
    paragraphs = ["The council met on Monday.", f"Ann Lee {verb} {_QUOTE[:-2]}.”"]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]
