"""A Title Case headline's verb in the present ("Reyes Defends App", "Mensah Denies Claims")
is no part of the name before it, even when that name is also a first name; a surname that
only looks like a verb stays whole when the body writes it ("Ken Burns Wins Title")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We take our responsibility to young people seriously, and we will do more,”"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Senators Grill Chief as Reyes Defends App", "Reyes"),
        ("Mensah Denies Claims Over Missing Funds", "Mensah"),
        ("Coach Travis Rejects Offer From Rival Club", "Travis"),
        ("Bank Governor Lowell Urges Patience on Rates", "Lowell"),
    ],
)
def test_a_present_verb_is_not_part_of_the_name(headline: str, name: str) -> None:
    paragraphs = ["The hearing ran for hours on Wednesday.", f"{_QUOTE} {name} said."]
    assert speakers_in_order(paragraphs, headline) == [name]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Ken Burns Wins Top Prize for Documentary", "Ken Burns"),
        ("Quillon Burns Takes Third Title in a Row", "Quillon Burns"),
        ("Dana Whitcombe-Reyes Defends App", "Dana Whitcombe-Reyes"),
    ],
)
def test_a_surname_the_body_writes_stays_whole(headline: str, name: str) -> None:
    surname = name.split()[-1]
    paragraphs = ["The ceremony ran for hours.", f"{_QUOTE} {surname} said."]
    assert speakers_in_order(paragraphs, headline) == [name]
