"""Someone named only as another's partner, friend or neighbour, with a "who" aside before the
verb ("Okafor's former business partner, who declined to be named, said"), is that unnamed
person, not the one whose partner they are."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = "Chidi Okafor built the firm in 2001 and sold it last year."
_QUOTE = " the deal “was rotten from the very first day, and everyone knew it.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Okafor's former business partner, who declined to be named, said", None),
        ("Okafor’s old neighbour, who has known him for decades, said", None),
        ("Okafor's former business partner said", None),
        ("Okafor, who has known Ana Lee's family for years, said", "Chidi Okafor"),
        ("Okafor’s former partner, Ana Lee, who left in 2015, said", "Ana Lee"),
    ],
)
def test_an_owned_role_with_a_who_aside_is_unnamed(lead: str, speaker: str | None) -> None:
    assert speakers_in_order([_FIRST, lead + _QUOTE]) == [speaker]
