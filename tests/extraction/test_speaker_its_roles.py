"""A role owned by "its" ("its reviewer wrote", "its chief executive said") is someone of the
body's, named so or else unnamed: not the last person quoted."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Delphine Abara, 34, plays the granddaughter. “I used to rehearse my lines on the bus "
    "home,” she says."
)
_QUOTE = "“A production that makes the old hall creak like a hull in a gale,”"


@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        ("The Valley Post was cooler.", "its reviewer wrote."),
        ("Acme Staging built the set.", "its chief executive said."),
        ("The Valley Post was cooler.", "its theatre critic wrote on Friday."),
        ("The Corn Exchange has sold out the run.", "its general manager said."),
    ],
)
def test_the_unnamed_one_keeps_no_speaker(sentence: str, credit: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} {credit}"]) == [
        "Delphine Abara",
        None,
    ]


@pytest.mark.parametrize(
    ("sentence", "credit", "speaker"),
    [
        (
            "The Valley Post was cooler. Its critic, Bernard Lusk, gave it two stars.",
            "its critic wrote.",
            "Bernard Lusk",
        ),
        (
            "Acme Staging built the set. Its chief executive, Tom Reyes, came to the premiere.",
            "its chief executive said.",
            "Tom Reyes",
        ),
        ("The Valley Post was cooler.", "her agent said.", None),
    ],
)
def test_one_named_speaks(sentence: str, credit: str, speaker: str | None) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} {credit}"])[-1] == speaker
