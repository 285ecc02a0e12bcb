"""Whom "he said" means after a sentence naming two people of one gender: its subject, not
the owner of the thing it acts on ("Ana Ruiz rejected Eva Lind’s claims. “…,” she said." is
Ana Ruiz, and so is "read out Eva Lind’s letter"), nor the one in a clause opening it ("When
Ana Ruiz asked about it, Eva Lind shrugged. “…,” she said." is Eva Lind)."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“None of that is true, and the figures will show it,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        ("Kwame Asante rejected Tomasz Wielgosz's claims.", "he", "Kwame Asante"),
        ("Ingrid Solberg read out Ngozi Adeyemi’s letter.", "she", "Ingrid Solberg"),
        ("Rafael Ortega defended Hiroshi Tanaka's record in office.", "he", "Rafael Ortega"),
        ("Priya Raman took over Lucia Ferrante’s seat in 2019.", "she", "Priya Raman"),
        ("Arjun Mehta questioned Liam Doherty's figures on Tuesday.", "he", "Arjun Mehta"),
        ("Fatima Benali dismissed Hannah Keller's complaint.", "she", "Fatima Benali"),
    ],
)
def test_owner_of_the_object_is_not_the_subject(sentence: str, pronoun: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        (
            "When Kwame Asante asked about the delays, Tomasz Wielgosz shrugged.",
            "he",
            "Tomasz Wielgosz",
        ),
        ("After Ingrid Solberg spoke, Ngozi Adeyemi stood up.", "she", "Ngozi Adeyemi"),
        ("As Hiroshi Tanaka explained the plan, Rafael Ortega frowned.", "he", "Rafael Ortega"),
    ],
)
def test_clause_opening_the_sentence_is_not_its_subject(
    sentence: str, pronoun: str, speaker: str
) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # near misses: the possessive owner after a preposition or opening, and a speaking owner
        (
            "Kimora Vale’s encouragement carried on through Aoki Vale’s school years.",
            "Aoki Vale",
        ),
        ("Tomasz Wielgosz's voice cracked as he spoke.", "Tomasz Wielgosz"),
        ("Kwame Asante said Tomasz Wielgosz had lied to the board.", "Kwame Asante"),
        ("Then it was Tomasz Wielgosz's turn to speak.", "Tomasz Wielgosz"),
        ("Kwame Asante met Tomasz Wielgosz, and Wielgosz warned of cuts.", "Tomasz Wielgosz"),
    ],
)
def test_owner_near_misses(sentence: str, speaker: str) -> None:
    pronoun = "she" if speaker == "Aoki Vale" else "he"
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]
