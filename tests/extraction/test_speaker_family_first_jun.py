""" "Jun", a month's short form, is also a given name written after a family name ("Lei Jun",
"Zhang Jun", "Gao Jun"): after a listed family name and ending the name it is kept, while a
date ("on 4 Jun") and a first name before it ("Jun Takeda") read as before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have waited far too long for somebody in charge to listen to us,”"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (f"Lei Jun, 45, said: {_QUOTE[:-2]}.”", "Lei Jun"),
        (f"{_QUOTE} Wang Jun said.", "Wang Jun"),
        (f"{_QUOTE} said Dr Gao Jun, a surgeon.", "Gao Jun"),
        (f"{_QUOTE} said head teacher Zhang Jun.", "Zhang Jun"),
        (f"The school’s head, Liu Jun, said: {_QUOTE[:-2]}.”", "Liu Jun"),
    ],
)
def test_jun_after_a_family_name_is_part_of_the_name(paragraph: str, name: str) -> None:
    assert speakers_in_order([paragraph]) == [name]


def test_a_date_is_still_a_date() -> None:
    paragraphs = ["The school closed on Tuesday 4 Jun.", f"{_QUOTE} said Tom Hale."]
    assert speakers_in_order(paragraphs) == ["Tom Hale"]


def test_jun_as_a_first_name_is_unchanged() -> None:
    assert speakers_in_order([f"{_QUOTE} Jun Takeda said."]) == ["Jun Takeda"]
