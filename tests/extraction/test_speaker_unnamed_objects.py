"""A pronoun after a quote whose sentence before brings in someone unnamed of that gender
("footage of X embracing an elderly woman. “…,” she told him."): no one the article names."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“The state will not abandon anyone,” said Erlan Tokayev, the president."


def test_an_unnamed_woman_after_a_man_named() -> None:
    paragraphs = [
        _OPENING,
        "Sabina Yusupova, the minister, stood beside him. “Every family will be rehoused,” she"
        " said.",
        "Later, state television showed Tokayev embracing an elderly woman at a tent camp."
        " “Thank you, thank you, we are not alone,” she told him.",
    ]
    assert speakers_in_order(paragraphs) == ["Erlan Tokayev", "Sabina Yusupova", None]


def test_an_unnamed_man_after_a_woman_named() -> None:
    paragraphs = [
        "“We will rebuild the school first,” said Sabina Yusupova, the minister.",
        "She stopped to talk to a young man in a red cap outside the clinic. “We need roofs,"
        " not speeches,” he told her.",
    ]
    assert speakers_in_order(paragraphs) == ["Sabina Yusupova", None]


def test_a_named_person_of_that_gender_in_the_sentence_keeps_the_pronoun() -> None:
    paragraphs = [
        _OPENING,
        "Marta Quiroga embraced an elderly woman at the camp. “We will not forget this day,”"
        " she said.",
        "Tokayev shook hands with a young man in a red cap. “We need roofs, not speeches,” he"
        " told the crowd.",
    ]
    assert speakers_in_order(paragraphs) == ["Erlan Tokayev", "Marta Quiroga", "Erlan Tokayev"]
