""" "The charity said", "the group said": the body a recent sentence opened with, even when
its name holds no word like "Council" or "Bank" that marks it as one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The plan will not survive the winter without more money from the council,”"


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Shelter Cymru", "charity"),
        ("Clean Air Now", "group"),
        ("SkyWest Air", "airline"),
        ("Northwind", "company"),
    ],
)
def test_the_body_that_opened_a_recent_sentence(body: str, noun: str) -> None:
    paragraphs = [f"{body} warned of a crisis on Monday.", f"{_QUOTE} the {noun} said."]
    assert speakers_in_order(paragraphs) == [body]


@pytest.mark.parametrize(
    "opening",
    [
        "Tom Reyes warned of a crisis on Monday.",  # a person by a listed first name
        "Efua Mensah warned that her budget was gone.",  # a person by her pronoun
        "The Hague warned of a crisis on Monday.",  # a place
    ],
)
def test_a_person_or_place_is_no_body(opening: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the charity said."]) == [None]
