"""A quote followed by "was the verdict of …", "came the reply from …" names the person after a
role with a possessive before it ("the club’s new coach, Mei Tanaka", "Harwell’s coach, X"), and
does so after someone else spoke in the paragraph before; someone of a named person ("Mei
Tanaka’s lawyer") is nobody, never the one who spoke before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Harwell lost again on Saturday, their fifth defeat in a row. Tom Brennan, the chairman,"
    " watched from the stands. “We have no money left for this,” Brennan said."
)
_QUOTE = "“We have to be braver with the ball and stop waiting for luck"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("was the verdict of the new coach, Mei Tanaka.", "Mei Tanaka"),
        ("was the verdict of the club’s new coach, Mei Tanaka.", "Mei Tanaka"),
        ("came the reply from Harwell’s new coach, Mei Tanaka.", "Mei Tanaka"),
        ("was the view of the team’s captain, Ana Ruiz, after the game.", "Ana Ruiz"),
        ("was the blunt reaction of the side’s goalkeeper Oskar Lind.", "Oskar Lind"),
        ("came the reply from Lia Crane.", "Lia Crane"),
    ],
)
def test_the_one_named_after_the_role_speaks(tail: str, name: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE},” {tail}"]) == ["Tom Brennan", name]


def test_a_sentence_after_the_quote_with_an_owned_role() -> None:
    paragraph = f"{_QUOTE}.” That was the view of the club’s new coach, Mei Tanaka."
    assert speakers_in_order([_BEFORE, paragraph]) == ["Tom Brennan", "Mei Tanaka"]


@pytest.mark.parametrize(
    "tail",
    ["was the verdict of Mei Tanaka’s lawyer.", "came the reply from Oskar Lind’s agent."],
)
def test_someone_of_a_named_person_is_nobody(tail: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE},” {tail}"]) == ["Tom Brennan", None]


def test_a_quote_with_no_such_tail_still_goes_on_with_the_speaker() -> None:
    paragraph = f"{_QUOTE},” Brennan added."
    assert speakers_in_order([_BEFORE, paragraph]) == ["Tom Brennan", "Tom Brennan"]
