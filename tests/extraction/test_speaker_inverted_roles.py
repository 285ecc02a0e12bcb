"""A name set off by commas after a verb of saying, with a role before it or a place of
writing after it, on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The new tram line, argued engineer Kofi Mensah in a column, is “a monument to"
            " bad planning and worse budgeting.”",
            "Kofi Mensah",
        ),
        (
            "The reform, noted historian Ruth Adler, a professor at a state university, had"
            " been “doomed from the very first vote in the chamber.”",
            "Ruth Adler",
        ),
        (
            "The merger, wrote former judge Tomoko Hayashi on her blog, would leave “one"
            " buyer for every farm in the valley.”",
            "Tomoko Hayashi",
        ),
        (
            "The old harbour, says architect Olumide Adeyemi, was “never meant to carry this"
            " many ships at once.”",
            "Olumide Adeyemi",
        ),
        (
            "The ruling, argued lawyers for Dana Reyes, was “an attack on the right to"
            " protest in a public square.”",
            None,
        ),
    ],
)
def test_a_name_after_an_inverted_verb_is_the_speaker(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([sentence]) == [speaker]
