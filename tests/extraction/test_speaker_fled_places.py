"""A place after "fled", "left", "escaped", "reached" or "crossed" is the verb's object, never
the "she" or "he" after the quote ("X, a mother of five who fled Wadi Sirr, said … she said")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We will register every family,” said Tesfaye Alemu Bekele, the country director."


def test_the_place_fled_does_not_take_the_pronoun() -> None:
    paragraphs = [
        _OPENING,
        "Umm Khaled, a mother of five who fled Wadi Sirr, said through an interpreter that her"
        " children had not eaten meat in a year. “We dream about bread, not meat,” she said.",
        "Halima Yusuf, who crossed Lake Tana by boat in March, said the tents leak. “When it"
        " rains we hold the children all night,” she said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Tesfaye Alemu Bekele",
        "Umm Khaled",
        "Halima Yusuf",
    ]


def test_the_one_who_left_still_speaks() -> None:
    paragraphs = [
        _OPENING,
        "Mariam Osei left the camp on Friday. “I will not come back here whatever happens,” she"
        " said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tesfaye Alemu Bekele", "Mariam Osei"]
