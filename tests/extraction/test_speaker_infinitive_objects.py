"""A name after "to" and a verb ("the latest to criticise Kwame Asante", "voted to expel Ingrid
Solberg") is the verb's object: a "he" or "she" after the sentence means its subject, even when
both people share a gender."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody wanted to listen to any of us back then,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        ("Tomasz Wielgosz is the latest to criticise Kwame Asante.", "he", "Tomasz Wielgosz"),
        ("Ngozi Adeyemi voted to expel Ingrid Solberg from the party.", "she", "Ngozi Adeyemi"),
        ("Hiroshi Tanaka refused to name Arjun Mehta as his successor.", "he", "Hiroshi Tanaka"),
        ("Rafael Ortega wants to replace Liam Doherty by June.", "he", "Rafael Ortega"),
        ("Priya Raman was the first to congratulate Lucia Ferrante.", "she", "Priya Raman"),
    ],
)
def test_name_after_to_and_a_verb_is_an_object(sentence: str, pronoun: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # near misses: "to" as a preposition, and a role after "to"
        ("Kwame Asante spoke to Tomasz Wielgosz on Monday.", "Kwame Asante"),
        ("Kwame Asante went back to Tomasz Wielgosz.", "Kwame Asante"),
        ("The job went to coach Tomasz Wielgosz last week.", "Tomasz Wielgosz"),
    ],
)
def test_to_without_a_verb_near_misses(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} he said."]) == [speaker]
