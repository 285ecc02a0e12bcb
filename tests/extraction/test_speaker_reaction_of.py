"""A sentence going on after the quote with "was the reaction of X" or "is the view of X" names
whose words they were, as "came the reply from X" does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will not be pushed around by the bank or by anyone else"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("was the response of Lia Crane.", "Lia Crane"),
        ("was the reply from Oskar Brandt, the club secretary.", "Oskar Brandt"),
        ("was the verdict of Mei Tanaka.", "Mei Tanaka"),
        ("was the blunt reaction of Dario Costa.", "Dario Costa"),
        ("is the view of Greta Moss, who chairs the trust.", "Greta Moss"),
        ("was the message from Ivo Marsh on Monday.", "Ivo Marsh"),
        ("was the assessment of Ruth Oyelaran.", "Ruth Oyelaran"),
        ("came the reply from Lia Crane.", "Lia Crane"),
        ("came the reply from the mayor, Lia Crane.", "Lia Crane"),
        ("was the reaction of council leader Dario Costa.", "Dario Costa"),
    ],
)
def test_the_reaction_of_someone_after_the_quote(tail: str, name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {tail}"]) == [name]


@pytest.mark.parametrize(
    "tail",
    [
        "was the motto of the old rowing club.",
        "was the title of a song everyone knew.",
        "was painted on a banner at the gate.",
        "was the reaction of fans at the Harwell ground.",
        "was the reaction of the mayor.",
    ],
)
def test_other_tails_name_no_speaker(tail: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {tail}"]) == [None]


@pytest.mark.parametrize(
    "tail",
    ["was the view of Lia Crane’s lawyer.", "came the reply from Dario Costa’s agent."],
)
def test_someone_of_the_named_person_is_not_them(tail: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {tail}"]) == [None]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("That, at least, is the view of Tom Marlow.", "Tom Marlow"),
        ("This, in short, was the message from Greta Moss.", "Greta Moss"),
        ("That was the view of Ivo Marsh.", "Ivo Marsh"),
    ],
)
def test_a_sentence_after_the_quote_with_an_aside(sentence: str, name: str) -> None:
    assert speakers_in_order([f"{_QUOTE}.” {sentence}"]) == [name]


def test_an_aside_sentence_naming_nobody_gives_nobody() -> None:
    sentence = "That, at least, is the view of many in the village."
    assert speakers_in_order([f"{_QUOTE}.” {sentence}"]) == [None]
