"""A nickname the article gives someone ("Quigley, Bernie to everyone in the village, said",
"Tomasz Wiśniewski, known to the regulars as Tommo,") stands for that person when it speaks
alone later ("Bernie said"); a first name given no such way keeps its own answer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“People were brilliant, strangers drove up with flasks of tea,” {nick} said."


@pytest.mark.parametrize(
    ("intro", "nick", "full"),
    [
        (
            "The search was run by Bernadette Quigley, a retired postmistress. Quigley, Bernie to"
            " everyone in the village, counted forty sightings.",
            "Bernie",
            "Bernadette Quigley",
        ),
        (
            "Tomasz Wiśniewski, known to the regulars as Tommo, has run the bar since 1998.",
            "Tommo",
            "Tomasz Wiśniewski",
        ),
        (
            "The coach is Oluwaseun Adebayo-Clarke. Adebayo-Clarke, Seun to his players, took"
            " over in May.",
            "Seun",
            "Oluwaseun Adebayo-Clarke",
        ),
        (
            "Margaret Ó Súilleabháin, known as “Peggy”, opened the shop in 1971.",
            "Peggy",
            "Margaret Ó Súilleabháin",
        ),
    ],
)
def test_a_given_nickname_is_the_person(intro: str, nick: str, full: str) -> None:
    assert speakers_in_order([intro, _QUOTE.format(nick=nick)]) == [full]


def test_a_first_name_given_no_nickname_keeps_its_answer() -> None:
    intro = "Tomasz Wiśniewski, who runs the bar, has lived in the village since 1998."
    assert speakers_in_order([intro, _QUOTE.format(nick="Tommo")]) == ["Tommo"]
