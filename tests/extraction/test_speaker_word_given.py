"""A given name that is also a common English word ("Per", "Peace", "Lucky", "Line") opening a
sentence before a listed surname is the first half of the name, not a word cut from its front;
a common word before a surname that is no such given name is still cut."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We cannot wait another winter for the council to act on this"
_NAMES = [
    ("Per Lindqvist", "he"),
    ("Peace Okafor", "she"),
    ("Lucky Dube", "he"),
    ("Line Kvist", "she"),
    ("Urban Kranjc", "he"),
    ("Tea Horvat", "she"),
]


@pytest.mark.parametrize(("name", "pronoun"), _NAMES)
def test_a_word_given_name_before_the_verb(name: str, pronoun: str) -> None:
    lead = f"{name} said the plan had failed."
    assert speakers_in_order([f"{lead} {_QUOTE},” {pronoun} said."]) == [name]


@pytest.mark.parametrize(("name", "pronoun"), _NAMES)
def test_a_word_given_name_after_the_quote(name: str, pronoun: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {name}, who runs the port."]) == [name]


@pytest.mark.parametrize(("name", "pronoun"), _NAMES)
def test_the_surname_alone_later_is_the_full_name(name: str, pronoun: str) -> None:
    surname = name.split()[1]
    lead = f"{name} runs the port."
    assert speakers_in_order([f"{lead} {_QUOTE},” {surname} said."]) == [name]


def test_a_common_word_before_a_surname_is_still_cut() -> None:
    lead = "Among Lindqvist’s critics, Ana Ruiz was the loudest."
    assert speakers_in_order([f"{lead} {_QUOTE},” she said."]) == ["Ana Ruiz"]


def test_a_word_given_name_before_a_common_word_is_no_name() -> None:
    lead = "Urban Hall, the community centre, was full."
    quote = "“The doors are open to everyone who needs a warm place tonight,”"
    assert speakers_in_order([lead, f"{quote} said Ana Ruiz."]) == ["Ana Ruiz"]
