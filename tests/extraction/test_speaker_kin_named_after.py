"""A relative named by first name after the verb ("added her husband, Sami.") is the
speaker; a lone capitalised word after a job is no name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Shop owner Amira Haddad said trade was down by a third."
_QUOTE = "“People just drive to the retail park instead, where it is free,”"


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("added her husband, Sami.", "Sami"),
        ("said her sister, Lina, who runs the shop next door.", "Lina"),
        ("said her son, Karim Haddad.", "Karim Haddad"),
        ("said the agency’s director, Jane Roe.", "Jane Roe"),
    ],
)
def test_the_one_named_after_the_description(credit: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {credit}"]) == [speaker]


def test_an_unnamed_relative_is_nobody_named() -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} said her husband."]) == [None]
