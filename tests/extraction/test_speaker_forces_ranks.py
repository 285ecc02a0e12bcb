"""Ranks of British and Commonwealth forces before a name ("Lance Corporal Dylan Evans-Mbatha",
"Brigadier Hugh Allardyce", "Bombardier Ama Boateng"), and "Retired" before a rank, are no
part of the name; a first name "Lance" with no rank after it is kept."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“colder inside than outside in the depths of January.”"


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("Lance Corporal Dylan Evans-Mbatha", "Dylan Evans-Mbatha"),
        ("Retired Brigadier Hugh Allardyce", "Hugh Allardyce"),
        ("Corporal Ama Boateng", "Ama Boateng"),
        ("Lance Bombardier Tomasz Nowicki-Reid", "Tomasz Nowicki-Reid"),
    ],
)
def test_a_rank_is_no_part_of_the_name(titled: str, name: str) -> None:
    assert speakers_in_order([f"{titled} said the barracks were {_QUOTE}"]) == [name]


def test_lance_as_a_first_name_is_kept() -> None:
    paragraphs = [f"Lance Armstrong-Pike, a cyclist, said the barracks were {_QUOTE}"]
    assert speakers_in_order(paragraphs) == ["Lance Armstrong-Pike"]
