"""The doer of a passive sentence whose subject is a thing someone owns ("Ann Lee’s plan was
attacked by Eva Lind.") is whom a "she said" after it means, not the owner named first."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“It is a disgrace to everyone who lives in this town,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        ("Kwame Asante's plan was attacked by Tomasz Wielgosz.", "he", "Tomasz Wielgosz"),
        ("Ingrid Solberg’s budget was criticised by Ngozi Adeyemi.", "she", "Ngozi Adeyemi"),
        (
            "Hiroshi Tanaka's proposal was sharply condemned by Arjun Mehta.",
            "he",
            "Arjun Mehta",
        ),
        (
            "Lucia Ferrante's bid has been rejected on Tuesday by Priya Raman.",
            "she",
            "Priya Raman",
        ),
    ],
)
def test_doer_of_a_passive_is_the_pronoun(sentence: str, pronoun: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [  # near misses: a person as the subject of the passive, a doer of the other gender
        ("Kwame Asante was interviewed by Tomasz Wielgosz.", "he", "Kwame Asante"),
        ("Kwame Asante's plan was attacked by Ingrid Solberg.", "he", "Kwame Asante"),
        ("Kwame Asante's plan was attacked by Ingrid Solberg.", "she", "Ingrid Solberg"),
    ],
)
def test_passive_near_misses(sentence: str, pronoun: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {pronoun} said."]) == [speaker]
