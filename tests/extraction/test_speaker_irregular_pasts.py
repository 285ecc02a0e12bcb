"""A name right after a name and an irregular past ("Tom Ode left John Sesay out") is the verb's
object: the "he said" after the sentence means its subject, as with "defended" or "thanked"."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import is_irregular_past
from bot.extraction.persons import name_acted_on
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,” he said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Coach Tom Ode left John Sesay out of the squad for the final.",
        "Tom Ode led John Sesay through the crowd to the podium.",
        "Tom Ode took John Sesay aside after the vote.",
        "Tom Ode fought John Sesay for the seat in 2019.",
    ],
)
def test_he_after_a_name_acted_on_with_an_irregular_past_means_the_subject(sentence: str) -> None:
    assert speakers_in_order([sentence, _QUOTE]) == ["Tom Ode"]


def test_the_only_man_named_after_an_irregular_past_is_still_he() -> None:
    paragraphs = ["The jury found John Sesay not guilty on Friday.", _QUOTE]
    assert speakers_in_order(paragraphs) == ["John Sesay"]


def test_irregular_pasts_come_from_the_list_and_speech_stays_speech() -> None:
    assert is_irregular_past("left") and is_irregular_past("led") and is_irregular_past("took")
    assert not is_irregular_past("was") and not is_irregular_past("has")
    assert not is_irregular_past("leaving") and not is_irregular_past("might")
    assert name_acted_on(["Ode", "left"])
    assert not name_acted_on(["Ode", "said"])  # "Ode said Sesay had lied": Sesay speaks
    assert not name_acted_on(["the", "left"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ode has known John Sesay for twenty years.",
        "Tom Ode had fought John Sesay for the seat twice.",
        "Tom Ode hugged his brother, John Sesay, at the finish line.",
        "Tom Ode kissed his husband, John Sesay, before the count began.",
    ],
)
def test_he_after_a_name_known_or_hugged_means_the_subject(sentence: str) -> None:
    assert speakers_in_order([sentence, _QUOTE]) == ["Tom Ode"]


def test_a_relative_named_beside_the_subject_is_still_the_subject() -> None:
    paragraphs = ["Tom Ode’s brother, John Sesay, ran the shop after the war.", _QUOTE]
    assert speakers_in_order(paragraphs) == ["John Sesay"]


def test_a_relative_after_an_inverted_verb_that_takes_no_object_is_the_subject() -> None:
    paragraphs = [
        "Tom Ode won the final. Then came his coach, John Sesay, who hugged everyone.",
        _QUOTE,
    ]
    assert speakers_in_order(paragraphs) == ["John Sesay"]
