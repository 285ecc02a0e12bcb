"""An untagged quote opening the paragraph after a question whose tag names whom it was put
to ("“…?” host Dmitri Volkov asked chef Amaia Etxeberria.") is that person's answer, roles
before either name or not; a question asked about someone names no one who answers."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUESTION = "“What do you cook at home after a very long day at work?”"
_ANSWER = "“Eggs, mostly, because after twelve hours in a kitchen I want something quick.”"


@pytest.mark.parametrize(
    ("tag", "asker", "asked"),
    [
        ("Dmitri Volkov asked Amaia Etxeberria.", "Dmitri Volkov", "Amaia Etxeberria"),
        ("host Dmitri Volkov asked chef Amaia Etxeberria.", "Dmitri Volkov", "Amaia Etxeberria"),
        ("Olga Ivanova asked her guest Kwame Mensah.", "Olga Ivanova", "Kwame Mensah"),
    ],
)
def test_the_untagged_answer_is_the_one_asked(tag: str, asker: str, asked: str) -> None:
    assert speakers_in_order([f"{_QUESTION} {tag}", _ANSWER]) == [asker, asked]


def test_a_question_about_someone_is_no_question_to_them() -> None:
    paragraphs = [f"{_QUESTION} Dmitri Volkov asked about Amaia Etxeberria.", _ANSWER]
    assert speakers_in_order(paragraphs)[1] != "Amaia Etxeberria"
