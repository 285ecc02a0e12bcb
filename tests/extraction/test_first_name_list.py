"""First names beyond the 1990 census come from the Social Security Administration's baby names:
their gender tells whom a "he" or "she" means."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extraction import lexicons
from bot.extraction.lexicons import listed_gender, read_pairs
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Imogen", "f"),
        ("Gideon", "m"),
        ("Aoife", "f"),
        ("Priya", "f"),
        ("Kwame", "m"),
        ("Yusuf", "m"),
    ],
)
def test_names_the_census_lacks_have_a_gender(name: str, gender: str) -> None:
    assert listed_gender(name) == gender


@pytest.mark.parametrize(
    "word", ["Heaven", "Serenity", "Maverick", "Paisley", "Brooklyn", "London"]
)
def test_words_english_also_writes_in_lower_case_or_places_are_no_listed_names(word: str) -> None:
    assert listed_gender(word) is None


def test_she_means_the_woman_whose_name_only_the_baby_names_know() -> None:
    paragraphs = [
        "Imogen Tate, a nurse, was on the bank when Gideon Marsh pulled the boy out.",
        "“I have never seen anyone move that fast in my whole life,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Imogen Tate"]


def test_he_means_the_man_whose_name_only_the_baby_names_know() -> None:
    paragraphs = [
        "Aoife Brennan chaired the meeting at which Kwame Mensah spoke for the tenants.",
        "“We have waited six years for a single answer from the council,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Mensah"]


def test_the_first_names_read_in_one_go_are_those_read_line_by_line() -> None:
    text = Path(lexicons.__file__).with_name("data").joinpath("first_names.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    by_line = dict(line.split("\t") for line in lines)
    assert list(read_pairs(text).items()) == list(by_line.items())


def test_pairs_are_read_below_the_comment_lines() -> None:
    text = "# Invented names.\n# A second comment line.\nOrla\tf\nBram\tm\nOrla\tm\n"
    assert read_pairs(text) == {"Orla": "m", "Bram": "m"}
    assert read_pairs("# Only a comment") == {}


@pytest.mark.parametrize(
    "text", ["Orla\tf\nBram\n", "Orla\tf\n\nBram\tm\n", "Orla\tf\n# late\tx\n", "Orla\tf"]
)
def test_a_line_of_another_shape_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_pairs(text)
