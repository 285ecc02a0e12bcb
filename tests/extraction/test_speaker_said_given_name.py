"""The given name "Said" before a surname inside a name ("Said Benali, 45, said:", "said Dr
Said Benali") is part of the name, not the verb; before a first name and surname it stays the
verb of an inverted attribution ("Said Tom Reyes, the mayor:")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have waited far too long for somebody at the council to listen to us"
_LATER = "“Nobody at the ministry has explained where last year’s money went"
_NAMES = ["Said Benali", "Said Ouali", "Said Haddouche", "Said Karimov"]


@pytest.mark.parametrize("name", _NAMES)
def test_a_name_with_an_age(name: str) -> None:
    assert speakers_in_order([f"{name}, 45, said: {_QUOTE}.”"]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_a_name_after_a_title(name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said Dr {name}."]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_surname_later(name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [f"{_QUOTE},” said Dr {name}, a teacher.", f"{_LATER},” {surname} added."]
    assert speakers_in_order(paragraphs) == [name, name]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        ([f"Said Tom Reyes, the mayor: {_QUOTE}.”"], ["Tom Reyes"]),
        (["Ana Ruiz spoke first.", f"Said Reyes: {_QUOTE}.”"], ["Reyes"]),
        ([f"{_QUOTE},” said Amira Said."], ["Amira Said"]),
        ([f"Karim Said said: {_QUOTE}.”"], ["Karim Said"]),
    ],
)
def test_the_verb_and_the_surname_stay_as_they_were(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert speakers_in_order(paragraphs) == speakers
