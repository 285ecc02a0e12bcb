"""A title word that is also a common surname, after a first name, ends the name as its surname
("Sofia Pastor said", "Joseph Baron, 45, said"), while a title before a name stays a title."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have waited far too long for somebody at the council to listen to us"
_LATER = "“Nobody at the ministry has explained where last year’s money went"

_NAMES = [
    "Sofia Pastor",
    "Joseph Baron",
    "Pamela Pope",
    "Ruth Marshal",
    "Ian Sheriff",
    "Mark Mayor",
    "Agnes Deacon",
    "Owen Constable",
    "Lucy Chancellor",
]


@pytest.mark.parametrize("name", _NAMES)
def test_the_surname_after_the_quote(name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {name} said."]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_surname_with_an_age_before_the_quote(name: str) -> None:
    assert speakers_in_order([f"{name}, 45, said: {_QUOTE}.”"]) == [name]


@pytest.mark.parametrize("name", _NAMES[:5])
def test_the_surname_alone_later_is_the_same_person(name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [f"{name} said the plans were unfair.", f"{_LATER},” {surname} added."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"{_QUOTE},” said Mayor Ana Ruiz.", "Ana Ruiz"),
        (f"Pastor Tomas Eberle said: {_QUOTE}.”", "Tomas Eberle"),
        (f"{_QUOTE},” said the pastor, Tomas Eberle.", "Tomas Eberle"),
        (f"{_QUOTE},” said Sheriff Dale Ortlund of Carver County.", "Dale Ortlund"),
    ],
)
def test_a_title_before_a_name_stays_a_title(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_title_after_a_word_that_is_no_first_name_stays_unnamed() -> None:
    paragraphs = [f"{_QUOTE},” the Harbour Mayor said."]
    assert speakers_in_order(paragraphs) != ["Harbour Mayor"]


@pytest.mark.parametrize("name", ["Harriet Forster-Lord", "Hazel Lord-Houghton", "Tom Judge-Ryan"])
def test_a_hyphened_surname_holding_a_title(name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [
        f"{_QUOTE},” {name} said.",
        f"{name} said it was unfair. {_LATER},” {surname} added.",
    ]
    assert speakers_in_order(paragraphs) == [name, name]


def test_a_hyphened_title_before_a_name_stays_a_title() -> None:
    assert speakers_in_order([f"{_QUOTE},” said Vice-President Ana Ruiz."]) == ["Ana Ruiz"]
