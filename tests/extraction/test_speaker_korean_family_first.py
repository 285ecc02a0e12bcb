"""A Korean name written family name first ("Shin Min-su", "Kim Seo-yeon") takes no gender
from the family name read as a first name ("Shin", "Han" and "Kim" are in the first-name
lists), so "he"/"she" after it goes by the article, not by the family name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody at the ministry has explained where last year’s money went"


@pytest.mark.parametrize(
    ("name", "pronoun", "other"),
    [
        ("Shin Min-su", "he", "Margaret Hughes"),
        ("Han Jun-yeong", "he", "Dorothy Pryce"),
        ("Jung Ho-seok", "he", "Alice Warrender"),
        ("Kim Seo-yeon", "she", "Robert Hughes"),
        ("Yoon Ji-woo", "she", "Graham Tolley"),
    ],
)
def test_the_pronoun_goes_to_the_korean_name(name: str, pronoun: str, other: str) -> None:
    paragraphs = [
        f"{name} said the plans were unfair to the villages. {other} was not available.",
        f"{_QUOTE},” {pronoun} said.",
    ]
    assert speakers_in_order(paragraphs) == [name]


def test_a_first_name_before_an_english_double_surname_keeps_its_gender() -> None:
    paragraphs = [
        "Kim Lee-Smith said the plans were unfair. Margaret Hughes was not available.",
        f"{_QUOTE},” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kim Lee-Smith"]


def test_a_listed_woman_stays_a_woman() -> None:
    paragraphs = [
        "Jane Okafor said the plans were unfair. Robert Hughes was not available.",
        f"{_QUOTE},” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Jane Okafor"]
