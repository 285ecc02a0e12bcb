"""Halves of one utterance split around an attribution are joined; separate quotes are not."""

import pytest

from bot.extraction.joining import is_attribution_gap
from bot.extraction.quotes import extract_quotes


@pytest.mark.parametrize(
    ("first", "gap"),
    [
        ("we will win the cup,", " she said. "),
        ("can we win a bigger prize?", " she added. "),
        ("That is false!", " Pryce shot back in a reply. "),
        ("It is daunting,", " Richmond concedes. "),
        ("the tide is turning,", " the singer is heard saying in a clip from the tour. "),
        ("crowds are tiring,", " he says, but "),
        ("the rest of the system,", " she says, adding that "),
        (
            "rising every year,",
            " said Ana Ruiz, the director of forecasting at Northwind Weather Research. ",
        ),
        (
            "the bridge will open,",
            " Ana Ruiz, MD, PhD, a surgeon at Lakeside Clinic, told Health. ",
        ),
    ],
)
def test_attribution_gaps_join(first, gap):
    assert is_attribution_gap(first, gap)


@pytest.mark.parametrize(
    ("first", "gap"),
    [
        ("The harbour wall is finished.", " Mayor Ines Dunmore said. "),  # a full stop ends it
        ("a difficult position,", " the association wrote in a letter, adding that it is "),
        ("the plan,", " said Ana Ruiz. The council met on Monday and voted to "),
        ("Ten new homes,", " and "),  # no attribution at all
    ],
)
def test_other_gaps_do_not_join(first, gap):
    assert not is_attribution_gap(first, gap)


def test_three_halves_of_one_speaker_join_but_a_new_speaker_does_not():
    paragraph = (
        "“We trained all winter,” coach Lena Moss said. “The younger riders are ready,”"
        " Moss said. “Now we race.”"
    )
    assert [q.text for q in extract_quotes((paragraph,))] == [
        "We trained all winter, The younger riders are ready, Now we race."
    ]
    exchange = (
        "“We trained all winter for this one,” coach Lena Moss said. “The riders are not ready,”"
        " rival coach Pavel Novak replied. “Not even close to it.”"
    )
    quotes = sorted((q.text, q.speaker) for q in extract_quotes((exchange,)))
    assert quotes == [
        ("The riders are not ready, Not even close to it.", "Pavel Novak"),
        ("We trained all winter for this one", "Lena Moss"),
    ]


def test_titles_of_works_are_not_quotes_nor_joined_to_one():
    paragraph = (
        "“It is all guesswork, of course,” says historian Mira Holt, author of the 2009 paper,"
        " “Why Tide Tables Drift Over Time,” after reading the forecast. Her film “The Long Way"
        " to the Sea” opens in May, alongside “Decades of Decadence: 1970s & 1990s” at the museum."
    )
    assert [q.text for q in extract_quotes((paragraph,))] == ["It is all guesswork, of course"]
