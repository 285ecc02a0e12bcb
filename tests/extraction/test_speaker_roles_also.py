"""A second holder of a role set off with "also" ("Kwame Asante, a nurse, and Tomasz
Wielgosz, also a nurse,") is named with it too: "the nurse said" after "Wielgosz starts at
six." is Wielgosz, the one named with the role last, not only the first."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody can keep this pace up for very long,” the {} said."


@pytest.mark.parametrize(
    ("intro", "between", "role", "speaker"),
    [
        (
            "Kwame Asante, a nurse, and Tomasz Wielgosz, also a nurse, work on the same ward.",
            "Wielgosz starts at six.",
            "nurse",
            "Tomasz Wielgosz",
        ),
        (
            "Ingrid Solberg, a firefighter, and Ngozi Adeyemi, also a firefighter, were first in.",
            "Adeyemi went back for the dog.",
            "firefighter",
            "Ngozi Adeyemi",
        ),
    ],
)
def test_second_holder_with_also(intro: str, between: str, role: str, speaker: str) -> None:
    assert speakers_in_order([intro, f"{between} {_QUOTE.format(role)}"]) == [speaker]


def test_one_holder_of_the_role_near_miss() -> None:
    intro = "Kwame Asante, a nurse, and Tomasz Wielgosz, a porter, work on the same ward."
    paragraphs = [intro, f"Wielgosz starts at six. {_QUOTE.format('nurse')}"]
    assert speakers_in_order(paragraphs) == ["Kwame Asante"]
