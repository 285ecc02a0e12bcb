"""A first name alone stands for the full name given before when the surname opens with a
particle joined by a hyphen ("Ahmad el-Haddad … “…,” Ahmad said."), as it does for any other
surname."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Nobody at the ministry has explained where last year’s money went"


@pytest.mark.parametrize(
    "name", ["Ahmad el-Haddad", "Layla al-Masri", "Yousef al-Tamimi", "Rania el-Sayed"]
)
def test_the_first_name_later_is_the_full_name(name: str) -> None:
    first = name.split()[0]
    paragraphs = [f"{name} has taught in the town for 20 years.", f"{_QUOTE},” {first} said."]
    assert speakers_in_order(paragraphs) == [name]


def test_someone_else_called_by_first_name_alone_stays_so() -> None:
    paragraphs = [
        "Ahmad el-Haddad has taught in the town for 20 years. His son, Omar, is nine.",
        f"{_QUOTE},” Omar said.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar"]


def test_a_first_name_with_no_surname_stays_alone() -> None:
    paragraphs = ["Tariq, a driver, has worked the route for 20 years.", f"{_QUOTE},” Tariq said."]
    assert speakers_in_order(paragraphs) == ["Tariq"]
