"""A word for one who does something before a first name that is also a place's ("Musicologist
Anand Chaturvedi", "Historian Florence Adeyemi") is the role, not part of the name; a run
whose last word is a place or a common word stays as it was ("Walker Art Center")."""

from __future__ import annotations

import pytest

from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Musicologist Anand Chaturvedi", "Anand Chaturvedi"),
        ("Historian Anand Raghunathan", "Anand Raghunathan"),
        ("Songwriter Anand Chaturvedi", "Anand Chaturvedi"),
        ("Geologist Ana Ruiz", "Ana Ruiz"),  # unchanged: a listed first name
    ],
)
def test_the_role_is_cut(run: str, name: str) -> None:
    assert split_run(run)[0] == name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Walker Art Center", "Walker Art Center"),  # a body: its last words describe
        ("Director Paris Museum", "Director Paris Museum"),  # a museum, no person
        ("Trader Lincoln Center", "Lincoln Center"),  # a place's last word: as before
    ],
)
def test_places_and_bodies_keep_their_words(run: str, name: str) -> None:
    assert split_run(run)[0] == name


def test_the_role_is_no_part_of_the_speaker() -> None:
    paragraphs = [
        "Musicologist Anand Chaturvedi, who has given evidence in copyright cases, urged"
        " caution. “Two songs sounding alike on a phone is where a case begins,” Chaturvedi"
        " said."
    ]
    assert speakers_in_order(paragraphs) == ["Anand Chaturvedi"]
