"""The answer to a question whose tag names whom it was put to ("“…?” I asked Ann Ode.",
"“…?” Tom Hale asked Ann Ode.") is that person's, when the pronoun after it fits them, even
with another person of that gender named nearer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ANSWER = "“Not in the slightest, if I am being honest with you,”"


@pytest.mark.parametrize(
    ("intro", "question", "pronoun", "speakers"),
    [
        (
            "Tomasz Wielgosz introduced me to Kwame Asante at the door.",
            "“Are you worried about the vote next week?” I asked Kwame Asante.",
            "he said",
            [None, "Kwame Asante"],
        ),
        (
            "Ngozi Adeyemi introduced me to Ingrid Solberg at the door.",
            "“Are you worried about the vote next week?” I asked Solberg.",
            "she said",
            [None, "Ingrid Solberg"],
        ),
        (
            "Hiroshi Tanaka and Arjun Mehta shared the stage on Friday.",
            "“Are you worried about the vote next week?” Tanaka asked Arjun Mehta.",
            "he said",
            ["Hiroshi Tanaka", "Arjun Mehta"],
        ),
        (
            "Lucia Ferrante and Priya Raman shared the stage on Friday.",
            "“Are you worried about the vote next week?” Ferrante then asked Raman.",
            "she answered",
            ["Lucia Ferrante", "Priya Raman"],
        ),
    ],
)
def test_answer_to_a_question_put_by_name(
    intro: str, question: str, pronoun: str, speakers: list[str | None]
) -> None:
    assert speakers_in_order([intro, question, f"{_ANSWER} {pronoun}."]) == speakers


@pytest.mark.parametrize(
    ("intro", "question", "pronoun", "speakers"),
    [  # near misses: the asker named after "asked", and a pronoun that does not fit
        (
            "Tomasz Wielgosz faced questions from Kwame Asante.",
            "“Is all of the money gone already?” asked Kwame Asante.",
            "he answered",
            ["Kwame Asante", "Tomasz Wielgosz"],
        ),
        (
            "Ingrid Solberg introduced me to Kwame Asante at the door.",
            "“Are you worried about the vote next week?” I asked Kwame Asante.",
            "she said",
            [None, "Ingrid Solberg"],
        ),
    ],
)
def test_question_near_misses(
    intro: str, question: str, pronoun: str, speakers: list[str | None]
) -> None:
    assert speakers_in_order([intro, question, f"{_ANSWER} {pronoun}."]) == speakers
