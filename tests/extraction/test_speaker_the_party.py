""" "The party said" means the political party named last, by the last word of its name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Midterm contests are a chance for voters to send a message,”"


def test_the_party_is_the_party_named_before() -> None:
    cases = (
        "The Civic Union said in a statement that it had lost ground.",
        "The Progressive Alliance conceded the seat before dawn.",
        "A statement from the National Renewal Front blamed the weather.",
        "Officials of the Green Future Party had expected to do better.",
    )
    names = ("Civic Union", "Progressive Alliance", "National Renewal Front", "Green Future Party")
    for intro, name in zip(cases, names, strict=True):
        assert speakers_in_order([intro, f"{_QUOTE} the party said."]) == [name], name


def test_bodies_that_are_no_party_are_not_the_party() -> None:
    for intro in (
        "The Electoral Commission said turnout was low.",
        "Harwell Motors Ltd said it was pleased with the result.",
        "Voltaro said its sales had held up in the area.",
    ):
        assert speakers_in_order([intro, f"{_QUOTE} the party said."]) == [None], intro
