"""A subject set off by an appositive ("The captain, Haruto Sato,") keeps speaking through a
predicate joined to the speech verb by "and" ("turned to his crew and said"); after a clause of
its own joined by ", and", the second appositive subject speaks, while a list of names joined
by ", and" still gives the first named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody goes home until every door in this building has been checked twice.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Then the captain, Haruto Sato, turned to his crew and said,", "Haruto Sato"),
        ("The mayor, Ana Ruiz, stood up and said,", "Ana Ruiz"),
        (
            "Kofi Boateng, the head teacher, walked to the front of the hall and told them,",
            "Kofi Boateng",
        ),
        ("His lawyer, Dmitri Orlov, read out a statement and added:", "Dmitri Orlov"),
    ],
)
def test_an_appositive_subject_speaks_through_a_joined_predicate(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]


def test_the_lead_may_end_its_paragraph() -> None:
    paragraphs = ["The ranger, Tane Walker, knelt by the burned stumps and explained,", _QUOTE]
    assert speakers_in_order(paragraphs) == ["Tane Walker"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "The chef, Lucia Ferri, tasted the soup, and the owner, Paolo Greco, said,",
            "Paolo Greco",
        ),
        (
            "The chef, Lucia Ferri, tasted it, and the owner, Paolo Greco, smiled and said,",
            "Paolo Greco",
        ),
        ("Ann Lee, the mayor, and Tom Ode, her deputy, said,", "Ann Lee"),
    ],
)
def test_a_joined_clause_has_its_own_subject_a_list_its_first(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]
