"""Quote spans: words in Title Case that a crowd chants or shouts, or that are a group's motto
or slogan with a verb ("chanted “Northgate for Hartley, Hartley for Northgate”", "whose motto
promises “…”"), are a quote, not the title of a work; a song sung, a work named, or a slogan
named as one ("the party's slogan, “…”") stays out."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes

_OPENING = "“Tonight the city chose change and I intend to deliver it,” said Dana Hartley."


def _texts(paragraphs: list[str]) -> list[str]:
    return [quote.text for quote in extract_quotes(tuple(paragraphs))]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The crowd chanted “Northgate for Hartley, Hartley for Northgate” as she left.",
            "Northgate for Hartley, Hartley for Northgate",
        ),
        (
            "Supporters were chanting “Ayodele Out, Ayodele Out, Ayodele Out” by half-time.",
            "Ayodele Out, Ayodele Out, Ayodele Out",
        ),
        (
            "Outside the court, protesters shouted “Justice For Mariam And Her Children” all day.",
            "Justice For Mariam And Her Children",
        ),
        (
            "There were chants of “No More Cuts To Our Schools” from the back of the hall.",
            "No More Cuts To Our Schools",
        ),
        (
            "The rebels, whose motto promises “Victory to the Mountains, Death to the Tyrant”,"
            " hold the pass.",
            "Victory to the Mountains, Death to the Tyrant",
        ),
        (
            "Its founders' slogan became “Every Child Fed, Every Child Read” in 1998.",
            "Every Child Fed, Every Child Read",
        ),
    ],
)
def test_words_chanted_or_a_motto_are_a_quote(sentence: str, words: str) -> None:
    assert words in _texts([_OPENING, sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd sang “You Will Never Walk Alone Again” before kick-off.",
        "She starred in “The Boys in the Boat and the River” last year.",
        "The band closed with “Songs of the Northgate Harbour Lights” after midnight.",
        "The party's slogan, “Every Child Fed, Every Child Read”, is printed on every leaflet.",
    ],
)
def test_titles_of_works_stay_out(sentence: str) -> None:
    assert len(_texts([_OPENING, sentence])) == 1
