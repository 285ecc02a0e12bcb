"""A Title Case headline's verb is no part of the name before it: "Loomwell Promised to Fix Shift
Work" names Loomwell, so the body's "Loomwell said" stays Loomwell, not "Loomwell Promised"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“the first of several steps to put workers back in control of their time.”"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Loomwell Promised to Fix Shift Work. Its Workers Are Not So Sure", "Loomwell"),
        ("Brackwater Warned of Floods for Years, and Nobody Listened", "Brackwater"),
        ("Tessmark Vowed Cheaper Fares. Then the Prices Went Up", "Tessmark"),
        ("Quorvane Slammed for Late Deliveries as Orders Pile Up", "Quorvane"),
        ("Halvik Opened a Third Store Despite a Falling Market", "Halvik"),
    ],
)
def test_a_headline_verb_is_not_part_of_the_name(headline: str, name: str) -> None:
    paragraphs = [
        f"Workers at some of {name}'s clients describe something different.",
        f"In a statement, {name} said the change was {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs, headline) == [name]


@pytest.mark.parametrize(
    ("headline", "name"),
    [  # a pair the body writes together, or a surname that only looks like a verb, stays whole
        ("Brenna Halstead Wins Her Third Title in a Row", "Brenna Halstead"),
        ("Oyelaran Creed Opens Up About Her Decade Away From Film", "Oyelaran Creed"),
    ],
)
def test_a_name_in_the_headline_stays_whole(headline: str, name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [
        f"The actor {surname} has not worked in theatre since 2015.",
        f"{_QUOTE} {surname} said in an interview.",
    ]
    assert speakers_in_order(paragraphs, headline) == [name]
