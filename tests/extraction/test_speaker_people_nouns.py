""" "The Scot said", "the Dane said": a noun for someone by their people or place describes
the person named before, and is never shown as a name."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import people_nouns
from tests.extraction.speaking import speakers_in_order

_BEFORE = "Rovers boss Kenny Adair watched his side lose 2-0 at home."
_QUOTE = "“We had chances to kill the game and we did not take them,”"


@pytest.mark.parametrize(
    "noun", ["Scot", "Dutchman", "Welshman", "Spaniard", "Swede", "Dane", "Glaswegian"]
)
def test_the_noun_describes_the_person_named_before(noun: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} the {noun} said."]) == ["Kenny Adair"]


def test_the_list_holds_peoples_and_not_named_individuals() -> None:
    nouns = people_nouns()
    assert {"Scot", "Dane", "Anglican", "Liverpudlian"} <= nouns
    assert not {"Einstein", "Aalto", "Lincoln"} & nouns


@pytest.mark.parametrize("people", ["Portuguese", "Dutch", "Swiss", "Lebanese"])
def test_a_country_s_people_is_never_shown_as_a_name(people: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} the {people} said."]) == ["Kenny Adair"]
