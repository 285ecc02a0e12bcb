"""Titles written short with a stop ("Rev.", "Det. Sgt.", "Msgr.") end no sentence and are no
part of the name, after the quote, before it, and when the surname comes back later."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The plan will not survive the winter without more money from the council"
_TITLED = [
    ("Rev. Ann Lee", "Ann Lee"),
    ("Revd Ann Lee", "Ann Lee"),
    ("Fr. Tom Ode", "Tom Ode"),
    ("Msgr. Tom Ode", "Tom Ode"),
    ("Det. Sgt. Tom Ode", "Tom Ode"),
    ("Insp. Tom Ode", "Tom Ode"),
    ("Atty. Gen. Ann Lee", "Ann Lee"),
    ("Ald. Ann Lee", "Ann Lee"),
    ("Hon. Ann Lee", "Ann Lee"),
    ("Cmdr. Tom Ode", "Tom Ode"),
    ("Maj. Gen. Tom Ode", "Tom Ode"),
    ("Cpl. Tom Ode", "Tom Ode"),
]


@pytest.mark.parametrize(("titled", "name"), _TITLED)
def test_a_short_title_after_the_quote(titled: str, name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {titled}."]) == [name]


@pytest.mark.parametrize(("titled", "name"), _TITLED)
def test_a_short_title_before_the_quote(titled: str, name: str) -> None:
    assert speakers_in_order([f"{titled} said: {_QUOTE}.”"]) == [name]


@pytest.mark.parametrize(("titled", "name"), _TITLED)
def test_the_surname_later_is_the_titled_person(titled: str, name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [f"{titled} spoke at the rally.", f"{_QUOTE},” {surname} said."]
    assert speakers_in_order(paragraphs) == [name]
