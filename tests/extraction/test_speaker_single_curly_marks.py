"""One quote in curly single marks tagged with its speaker ("Linda, a fruit seller, agreed.
‘We are all afraid,’ she said.") is found, as an article with two or more such quotes opening
paragraphs already was, and goes to the one introduced before it; single marks around a word or
a title with no speaker after them are no speech."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Prices at the market have doubled since spring. Tom Brennan, who sells bread, said"
    " trade had collapsed."
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Linda, a fruit seller, agreed. ‘We are all afraid of what the winter will bring,’ she"
            " said.",
            "Linda",
        ),
        (
            "Linda Osei, a fruit seller, agreed. ‘We are all afraid of what the winter will"
            " bring,’ she said.",
            "Linda Osei",
        ),
        ("‘We are all afraid of what the winter will bring,’ said Linda, a fruit seller.", "Linda"),
        (
            "Kofi, a fruit seller, agreed. ‘We are all afraid of what the winter will bring,’ he"
            " added.",
            "Kofi",
        ),
        (
            "‘Why would anyone pay these prices for a bag of apples?’ Linda Osei asked.",
            "Linda Osei",
        ),
    ],
)
def test_one_tagged_quote_in_single_marks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph]) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Stallholders call it the ‘long winter’ and many of them expect it to last for years.",
        "The council’s plan, dubbed ‘Market Forward’ by its authors, will be put to a vote.",
        "Trade fell in the ‘90s as well, when a supermarket opened at the edge of town.",
    ],
)
def test_single_marks_with_no_speech_are_no_quote(paragraph: str) -> None:
    assert extract_quotes((_BEFORE, paragraph), "") == []
