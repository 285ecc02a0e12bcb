"""A sentence opening with a phrase its own pronoun owns ("Through his lawyer, Tom Ode, he
said:") speaks for the one the "his" means, named before the sentence, never for the lawyer
or aide named inside that phrase, even of the same gender."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I am innocent of every single charge against me.”"


@pytest.mark.parametrize(
    ("before", "opening", "speaker"),
    [
        (
            "Kwame Asante did not appear.",
            "Through his lawyer, Tomasz Wielgosz, he said:",
            "Kwame Asante",
        ),
        (
            "Ingrid Solberg stayed away.",
            "Through her agent, Ngozi Adeyemi, she said:",
            "Ingrid Solberg",
        ),
        (
            "Hiroshi Tanaka was not in court.",
            "In a statement read by his solicitor, Arjun Mehta, he said:",
            "Hiroshi Tanaka",
        ),
        (
            "Lucia Ferrante did not speak.",
            "With her daughter, Priya Raman, beside her, she said:",
            "Lucia Ferrante",
        ),
    ],
)
def test_owned_opening_speaks_for_its_owner(before: str, opening: str, speaker: str) -> None:
    assert speakers_in_order([f"{before} {opening} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    ("before", "opening", "speaker"),
    [  # near misses: the opening's name speaks, or the pronoun is someone else's
        ("Kwame Asante did not appear.", "His lawyer, Tomasz Wielgosz, said:", "Tomasz Wielgosz"),
        (
            "Kwame Asante did not appear.",
            "After Tomasz Wielgosz read his notes, he said:",
            "Tomasz Wielgosz",
        ),
        (
            "Kwame Asante did not appear.",
            "Through her lawyer, Ngozi Adeyemi, he said:",
            "Kwame Asante",
        ),
    ],
)
def test_owned_opening_near_misses(before: str, opening: str, speaker: str) -> None:
    assert speakers_in_order([f"{before} {opening} {_QUOTE}"]) == [speaker]
