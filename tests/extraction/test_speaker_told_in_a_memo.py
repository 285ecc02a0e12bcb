"""A memo, email or letter someone "told staff in" is theirs ("X told staff in a memo … “…,” the
memo reads."), also when a role opens the sentence before the name ("Chief executive X told",
"The company’s chief executive, X, told"); a word that is no role before a pair changes nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“This was not an easy decision, and it was not taken lightly,”"


@pytest.mark.parametrize(
    ("sentence", "tail"),
    [
        (
            "Ravi Deshpande-Moore told staff in a memo on Monday that the office would close.",
            "the memo reads.",
        ),
        (
            "Chief executive Ravi Deshpande-Moore told staff in a memo on Monday that the office"
            " would close.",
            "the memo reads.",
        ),
        (
            "The company’s chief executive, Ravi Deshpande-Moore, told employees in an email on"
            " Monday that the office would close.",
            "the email says.",
        ),
    ],
)
def test_the_one_who_told_them(sentence: str, tail: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE} {tail}"]) == ["Ravi Deshpande-Moore"]


def test_a_pair_after_an_abbreviated_title_keeps_the_first() -> None:
    paragraphs = [
        "Sens. Priya Natarajan and Colin Fairbairn sent a letter to the agency on Wednesday.",
        f"{_QUOTE} the letter says.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Natarajan"]
