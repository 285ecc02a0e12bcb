"""“…,” he said. after a sentence in which someone asks again with no one named as asked
("Beltrán-Wu asked the question a second time.") is the one asked before, not the asker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Under cross-examination, the defence lawyer Ignacio Beltrán-Wu asked the witness, Kwame"
    " Lindgren-Asare, whether prosecutors had promised him leniency in exchange for his"
    " testimony and for his help with the case against his former boss."
)
_ANSWER = "“I hope for it, but nobody promised me anything at all,”"


@pytest.mark.parametrize(
    "again",
    [
        "Beltrán-Wu asked the question a second time.",
        "Beltrán-Wu then asked it again.",
        "Beltrán-Wu pressed again.",
        "Beltrán-Wu asked once more, more slowly this time.",
    ],
)
def test_the_one_asked_answers(again: str) -> None:
    paragraph = f"{_BEFORE} “I was promised nothing,” he said. {again} {_ANSWER} he said."
    assert speakers_in_order([paragraph])[-1] == "Kwame Lindgren-Asare"


def test_a_woman_answering_a_man_is_found_by_her_gender() -> None:
    paragraph = (
        "The lawyer Ignacio Beltrán-Wu asked the witness, Ines Marlow, whether she had been"
        f" promised anything. Beltrán-Wu asked the question a second time. {_ANSWER} she said."
    )
    assert speakers_in_order([paragraph]) == ["Ines Marlow"]


def test_someone_asked_by_name_keeps_the_usual_reading() -> None:
    """With the one asked named in the sentence, the rules that read objects decide."""
    paragraph = (
        "The lawyer Ignacio Beltrán-Wu stood up. Beltrán-Wu asked Tomas Ruiz about the money."
        f" {_ANSWER} he said."
    )
    assert speakers_in_order([paragraph]) == ["Tomas Ruiz"]
