"""A quote standing alone after a sentence opened by someone's kin ("His wife shook her head."),
maybe after a fronted "Asked about …," is the kin's: by name when the article named them
("his wife, Halina,"), else no one's, never the husband quoted before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We cannot afford another increase, not this year and not next year.”"


@pytest.mark.parametrize(
    ("intro", "sentence", "speaker"),
    [
        ("his wife", "Asked about the new rents, his wife shook her head.", None),
        ("his wife, Halina", "Asked about the new rents, his wife shook her head.", "Halina"),
        ("his wife, Halina", "His wife shook her head.", "Halina"),
        ("his brother, Piotr", "Asked whether they would stay, his brother laughed.", "Piotr"),
    ],
)
def test_the_kin_not_the_one_before(intro: str, sentence: str, speaker: str | None) -> None:
    paragraphs = [
        f"Tomasz Kowal runs the bakery with {intro}. “We start at four every morning,” he said."
        f" {sentence} {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Kowal", speaker]
