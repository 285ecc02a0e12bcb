"""A quote that closes its own sentence, then a sentence naming its speaker with a role beside
the name: a role past an owner ("X, the county's chief engineer, said.") and a given name alone
("Beatriz, a fruit seller, said.")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We cannot wait another winter for the pipes to be replaced.”"
_BEFORE = "Greta Lindqvist had called the meeting for Monday."


@pytest.mark.parametrize("name", ["Ingrid Solberg", "Tomasz Wielgosz", "Siobhán Ní Bhriain"])
@pytest.mark.parametrize(
    "role",
    ["the county's chief engineer", "the port’s harbour master", "the union's regional organiser"],
)
@pytest.mark.parametrize("verb", ["said", "told the Gazette", "added"])
def test_a_role_past_an_owner(name: str, role: str, verb: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE} {name}, {role}, {verb}."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize("name", ["Beatriz", "Kwame", "Ingrid", "Tomasz"])
@pytest.mark.parametrize("role", ["a fruit seller", "the ferry's skipper", "a retired nurse"])
def test_a_given_name_alone_with_a_role(name: str, role: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE} {name}, {role}, said."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    "after",
    [
        "Paris, a city of bridges, said nothing back.",
        "Tolva, a town of fishermen, said little.",
        "Police, the usual suspects, said nothing.",
    ],
)
def test_a_place_or_common_word_with_a_description_is_no_speaker(after: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE} {after}"]
    assert speakers_in_order(paragraphs)[0] not in ("Paris", "Tolva", "Police")


@pytest.mark.parametrize("name", ["Marta Okonkwo-Reyes", "Kwame Asante"])
@pytest.mark.parametrize(
    "role",
    [
        "the head of the port authority",
        "a 54-year-old mother of three",
        "the co-founder of Kestrel Ferries",
        "a senior lecturer in marine biology at Tolva University",
        "a former deputy mayor",
        "chair of the residents' association",
        "director of the Northfield Water Board",
    ],
)
def test_a_longer_description_beside_the_name(name: str, role: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE} {name}, {role}, said."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize("role", ["Kestrel Ferries chief executive", "Tolva County Council leader"])
def test_a_body_and_a_role_of_two_words_before_the_name(role: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE} {role} Kwame Asante said."]
    assert speakers_in_order(paragraphs) == ["Kwame Asante"]



@pytest.mark.parametrize("name", ["Marta Okonkwo-Reyes", "Kwame Asante", "Siobhán Ní Bhriain"])
@pytest.mark.parametrize(
    "described",
    ["a 54-year-old mother of three", "a 71-year-old retired welder", "one 19-year-old"],
)
def test_an_age_opening_the_description_after_said(name: str, described: str) -> None:
    paragraphs = [_BEFORE, f"{_QUOTE[:-2]},” said {described}, {name}."]
    assert speakers_in_order(paragraphs) == [name]


def test_an_age_with_no_name_after_keeps_no_speaker() -> None:
    paragraphs = [_BEFORE, f"{_QUOTE[:-2]},” said a 54-year-old nurse from Tolva."]
    assert speakers_in_order(paragraphs) == [None]
