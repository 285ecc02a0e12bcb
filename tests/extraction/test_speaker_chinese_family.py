"""A romanised Chinese family name that is also an English word ("He", "Ma") before a romanised
given name ("He Wei", "Ma Jun") is a full name, not the pronoun "He" or a cut word; "He" before
any other word is still the pronoun."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We will look at every option,” said Osei Mensah, who chairs the harbour board."
_QUOTE = "“We cannot wait another winter for the council to act on this"
_NAMES = [("He Wei", "she"), ("Ma Jun", "he"), ("He Ming", "she"), ("Ma Lei", "he")]


@pytest.mark.parametrize(("name", "pronoun"), _NAMES)
def test_the_name_opening_a_sentence(name: str, pronoun: str) -> None:
    lead = f"{name}, a fisherman in the town, said the catch had halved."
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE},” {pronoun} said."]) == [
        "Osei Mensah",
        name,
    ]


@pytest.mark.parametrize(("name", "pronoun"), _NAMES)
def test_the_family_name_alone_later(name: str, pronoun: str) -> None:
    family = name.split()[0]
    lead = f"{name} runs the ferry."
    if family == "He":
        return  # "He said" alone is the pronoun
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE},” {family} said."])[-1] == name


@pytest.mark.parametrize("name", ["He Wei", "Ma Jun"])
def test_the_name_after_the_quote(name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {name}, who runs a shop."]) == [name]


def test_he_before_a_common_word_is_the_pronoun() -> None:
    lead = "He Said the roads were closed."  # a typo of case, not a name
    text = f"{_BEFORE} He said the roads were closed. {_QUOTE},” he said."
    assert lead and speakers_in_order([text]) == ["Osei Mensah", "Osei Mensah"]


def test_he_before_an_other_name_is_the_pronoun() -> None:
    text = f"{_BEFORE} He told Ana Ruiz the roads were closed. {_QUOTE},” he said."
    assert speakers_in_order([text]) == ["Osei Mensah", "Osei Mensah"]
