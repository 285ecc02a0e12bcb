"""A given name alone in the sentence after a bare quote that points back at it ("Those were the
words of Beatriz, a fruit seller.", "So said Kwame.", "Beatriz was blunt.") is the speaker; a
word that is a place or a common word is not, and "X was blunt." opening the next paragraph
brings in X's own next quote, not the one before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We cannot wait another winter for the pipes to be replaced.”"
_GIVEN = ["Beatriz", "Kwame", "Siobhan", "Ingrid", "Tomasz"]
_AFTER = [
    "Those were the words of {}, a fruit seller.",
    "So said {}, who runs the bakery.",
    "The warning came from {}, a retired nurse.",
    "That was the view of {}.",
    "{} was blunt.",
    "{}, a fruit seller, was defiant.",
]


@pytest.mark.parametrize("name", _GIVEN)
@pytest.mark.parametrize("after", _AFTER)
@pytest.mark.parametrize("before", ["", "Greta Lindqvist chaired the first session."])
def test_a_lone_given_name_after_the_quote(name: str, after: str, before: str) -> None:
    paragraph = f"{before} {_QUOTE} {after.format(name)}".strip()
    assert speakers_in_order(["A storm hit the coast on Monday.", paragraph]) == [name]


@pytest.mark.parametrize("word", ["Paris", "Police", "Labour"])
def test_a_place_or_a_common_word_is_no_given_name(word: str) -> None:
    paragraph = f"Greta Lindqvist chaired the first session. {_QUOTE} {word} was blunt."
    assert speakers_in_order([paragraph]) != [word]


def test_blunt_opening_the_next_paragraph_is_about_its_own_quote() -> None:
    paragraphs = [
        "Asked what she would do next, Greta Lindqvist paused for a long time."
        " “Rest, mostly, and then back to work on the harbour plan.”",
        "Her brother, Marko, who runs the ferry, was more blunt. “She lost because she waited,”"
        " he told reporters.",
    ]
    assert speakers_in_order(paragraphs) == ["Greta Lindqvist", "Marko"]


@pytest.mark.parametrize("word", ["June", "August", "Sunday", "April"])
def test_a_month_or_day_that_is_also_a_given_name_is_no_speaker(word: str) -> None:
    paragraph = f"Greta Lindqvist chaired the first session. {_QUOTE} {word} was blunt."
    assert speakers_in_order([paragraph]) != [word]
    paragraph = f"{_QUOTE} Those were the words of the mayor in {word}."
    assert speakers_in_order([paragraph]) != [word]
