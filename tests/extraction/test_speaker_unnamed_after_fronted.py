"""Someone unnamed brought in after a phrase of place or time ("Near the front of the queue, a
woman …", "Outside the court, a spokeswoman …") keeps no speaker for the pronoun after, as when
the sentence opens with them; a name in that sentence still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Hesper Langridge reviewed the book. “I have nothing against the man personally,” she said."
)
_QUOTE = "“We grew up in a house just like the one in the book, right down to the jars,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        (
            "Near the front of the queue, a woman clutching three copies said they were gifts.",
            "she",
        ),
        ("In the foyer afterwards, a tearful woman said it was her third visit.", "she"),
        ("Outside the bookshop, a 71-year-old said she had queued since noon.", "she"),
        ("Later that evening, a man in a cycling jacket said he had driven from Carlisle.", "he"),
        ("At the back of the hall, a spokeswoman for the publisher said sales were strong.", "she"),
        ("Behind the counter, one official said the queue was the longest in years.", "she"),
    ],
)
def test_the_unnamed_one_keeps_no_speaker(sentence: str, pronoun: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} {pronoun} said."]) == [
        "Hesper Langridge",
        None,
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # a name in the sentence, or a name opening it before an appositive: that person
        "Near the front of the queue, a woman named Ann Holt said they were gifts.",
        "Outside the bookshop, Ann Holt, a woman of 71, said she had queued since noon.",
        "Ann Holt, a woman of 71, said she had queued since noon.",
    ],
)
def test_a_named_one_speaks(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} she said."]) == [
        "Hesper Langridge",
        "Ann Holt",
    ]
