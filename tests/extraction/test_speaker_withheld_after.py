"""Someone whose wish to stay unnamed is told after the quote ("“…,” he said. He would not give
his name.") keeps no speaker; a pronoun of the other gender, or another paragraph, keeps its."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_COACH = (
    "The head coach, Mirela Vukovic-Asante, spoke after training. “We owe the fans a reaction,”"
    " Vukovic-Asante said."
)


@pytest.mark.parametrize(
    "withheld",
    [
        "He asked not to be named because players were told not to talk.",
        "He would not give his name.",
        "He declined to be identified, citing his contract.",
        "He spoke on condition of anonymity.",
        "He did not want to share his full name.",
    ],
)
def test_a_he_who_stayed_unnamed_after_the_quote_has_no_speaker(withheld: str) -> None:
    paragraphs = [
        "Dariusz Okonkwo-Lind, the club captain, was at the ground early.",
        "The players were stunned, according to one of the squad. “Half of us read it on the"
        f" group chat first,” he said. {withheld}",
    ]
    assert speakers_in_order(paragraphs) == [None], withheld


def test_a_she_who_stayed_unnamed_after_the_quote_has_no_speaker() -> None:
    paragraphs = [
        _COACH,
        "A steward by the gate shook her head. “They sold the captain and now this,” she said."
        " She would not give her name.",
    ]
    assert speakers_in_order(paragraphs) == ["Mirela Vukovic-Asante", None]


def test_a_pronoun_of_the_other_gender_keeps_its_speaker() -> None:
    paragraphs = [
        _COACH,
        "She met a steward at the gate. “They sold the captain and now this,” she said. He would"
        " not give his name.",
    ]
    assert speakers_in_order(paragraphs) == ["Mirela Vukovic-Asante", "Mirela Vukovic-Asante"]


def test_withholding_in_another_paragraph_leaves_the_pronoun_alone() -> None:
    paragraphs = [
        _COACH,
        "One steward would not give his name.",
        "“They sold the captain and now this,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mirela Vukovic-Asante", "Mirela Vukovic-Asante"]
