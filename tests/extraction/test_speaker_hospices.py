"""A hospice is a body: "St Brennan’s Hospice said" keeps its whole name (a saint's possessive
included), and "the hospice said" after it is that hospice, not a word "Hospice" or no one;
a hospital and a person named Brennan keep their readings."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "A nurse who stole painkillers from dying patients was jailed for three years."
_FIRST = "“We have tightened every check on controlled drugs since this came to light,”"
_SECOND = "“We are a small place and we trusted her completely,”"


@pytest.mark.parametrize("name", ["St Brennan’s Hospice", "St Brennan's Hospice", "Marlow Hospice"])
def test_a_hospice_speaks_in_full(name: str) -> None:
    paragraphs = [_LEDE, f"{_FIRST} {name} said.", f"{_SECOND} the hospice said."]
    assert speakers_in_order(paragraphs) == [name, name]


def test_a_hospital_and_a_person_keep_their_readings() -> None:
    paragraphs = [
        _LEDE,
        f"{_FIRST} Marlow General Hospital said.",
        f"{_SECOND} said Ruth Brennan, a trustee.",
    ]
    assert speakers_in_order(paragraphs) == ["Marlow General Hospital", "Ruth Brennan"]
