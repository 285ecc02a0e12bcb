"""A nickname given with "calls him", "calls her" or "nicknamed him" ("Everyone on the street
calls him Vovô") stands for the last man or woman named in full before it, so that a later
"Vovô says" or "he says" after "Vovô shows me" is that person; a name never given so stays as
written."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“A clock is the only machine that tells you the truth about itself,”"


@pytest.mark.parametrize(
    ("introduced", "later", "expected"),
    [
        (
            "Aurelio Ferreira is 88 and still opens the shop at seven. "
            "Everyone on Mercer Street calls him Vovô.",
            f"{_QUOTE} Vovô says.",
            "Aurelio Ferreira",
        ),
        (
            "Margarethe Olsen has run the ferry kiosk since 1979. The regulars call her Gretl, "
            "and she does not mind.",
            f"{_QUOTE} Gretl says with a shrug.",
            "Margarethe Olsen",
        ),
        (
            "Kenji Nakamura is 27. His grandfather nicknamed him Sprocket when he was six.",
            f"Sprocket laughs at the question. {_QUOTE} he says.",
            "Kenji Nakamura",
        ),
        (
            "Aurelio Ferreira is 88. Everyone on Mercer Street calls him Vovô.",
            f"Before I leave, Vovô shows me a kitchen clock. {_QUOTE} he says.",
            "Aurelio Ferreira",
        ),
    ],
)
def test_a_called_nickname_is_that_person(introduced: str, later: str, expected: str) -> None:
    assert speakers_in_order([introduced, "The shop smells of oil and brass.", later]) == [expected]


def test_a_woman_called_no_nickname_keeps_the_man_named() -> None:
    paragraphs = [
        "Aurelio Ferreira is 88. His daughter calls him every evening at six.",
        f"{_QUOTE} Ferreira says.",
    ]
    assert speakers_in_order(paragraphs) == ["Aurelio Ferreira"]


def test_calls_her_skips_a_man_named_since() -> None:
    paragraphs = [
        "Margarethe Olsen runs the kiosk with Tomas Berg. Regulars call her Gretl.",
        f"{_QUOTE} Gretl says.",
    ]
    assert speakers_in_order(paragraphs) == ["Margarethe Olsen"]


@pytest.mark.parametrize(
    ("introduced", "later", "expected"),
    [
        (
            "Chukwuemeka Okonjo, 83, still sorts the screws. His grandchildren call him Papa "
            "Emeka.",
            f"{_QUOTE} he says.",
            "Chukwuemeka Okonjo",
        ),
        (
            "The youngest, Adaeze Okonjo, 24, who everyone calls Dazzy, built the website.",
            f"{_QUOTE} Dazzy says.",
            "Adaeze Okonjo",
        ),
        (
            "Then there is Rowan Pelletier, whom the regulars call Bear, behind the bar.",
            f"{_QUOTE} Bear says.",
            "Rowan Pelletier",
        ),
    ],
)
def test_a_two_word_or_who_called_nickname_is_that_person(
    introduced: str, later: str, expected: str
) -> None:
    assert speakers_in_order([introduced, "The shop smells of oil and brass.", later]) == [expected]
