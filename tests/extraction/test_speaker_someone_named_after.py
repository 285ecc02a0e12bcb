"""A speaker brought in after the quote as someone unnamed and then named between commas
("“…,” said one of them, Cho Min-seo, a student.") is the one named, as "said a spokesman for
X, Tom Ivers." already was; with no name there, or only a place, the speaker stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "A group of students painted a banner for the final on Sunday."
_QUOTE = "“We made it in the halls last night and it took four hours,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said one of them, Cho Min-seo, a second-year engineering student.", "Cho Min-seo"),
        ("said one of the painters, Aled Pryce-Jones.", "Aled Pryce-Jones"),
        ("said one resident, Grzegorz Nowicki, who lives by the ground.", "Grzegorz Nowicki"),
        ("added another student, Ama Owusu-Boateng, 19.", "Ama Owusu-Boateng"),
        ("said a neighbour, Siobhán Ní Bhriain.", "Siobhán Ní Bhriain"),
    ],
)
def test_someone_named_after_the_quote_speaks(tail: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, f"{_QUOTE} {tail}"]) == [speaker]


@pytest.mark.parametrize(
    "tail",
    [
        "said one of them.",
        "said one of them, who asked not to be named.",
        "said a visitor from the coast, New York.",
    ],
)
def test_someone_left_unnamed_after_the_quote_has_no_speaker(tail: str) -> None:
    assert speakers_in_order([_OPENING, f"{_QUOTE} {tail}"]) == [None]
