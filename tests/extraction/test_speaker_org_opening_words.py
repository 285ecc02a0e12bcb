"""A body named in full and later by its first word or words, or as the one who filed a claim
that "claims", speaks by its full name; invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SUIT = "Tessaly Media sued the printing firm Ostrander Presses in the High Court on Monday."
_ASIDE = (
    "Tessaly Media, which owns four regional papers, filed its claim in the High Court on"
    " Monday against the printing firm Ostrander Presses."
)
_BOUGHT = "Greyfield Capital Partners bought the chain of garden centres in May."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                _ASIDE,
                "The lawsuit claims, “Tessaly was a thriving company until the contract"
                " was torn up.”",
            ],
            "Tessaly Media",
        ),
        (
            [
                _SUIT,
                "Tessaly said in a statement that it had been “left to pay for presses it"
                " never used.”",
            ],
            "Tessaly Media",
        ),
        (
            [_SUIT, "“We were left to pay for presses we never used,” Tessaly said."],
            "Tessaly Media",
        ),
        (
            [
                _SUIT,
                "Tessaly’s statement said the firm had been “left to pay for presses it"
                " never used.”",
            ],
            "Tessaly Media",
        ),
        (
            [
                _BOUGHT,
                "Greyfield Capital said in a statement that the stores were “worth more"
                " together than apart.”",
            ],
            "Greyfield Capital Partners",
        ),
        (
            [_BOUGHT, "“The stores are worth more together than apart,” Greyfield Capital said."],
            "Greyfield Capital Partners",
        ),
    ],
)
def test_a_body_named_by_its_opening_words_is_named_in_full(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Harriet Okonjo founded Okonjo Foods in 2001.",
                "“We were left to pay for presses we never used,” Okonjo said.",
            ],
            "Harriet Okonjo",
        ),
        (
            [
                "Oregon State sued the league, and the Oregon State Board of Regents met on"
                " Friday.",
                "“This is not a reaction to one bad season,” Oregon State said.",
            ],
            "Oregon State",
        ),
        (
            [
                "Textile Council Wales runs a grant scheme.",
                "“We warned years ago that one sponsor was not enough,” the Textile Council said.",
            ],
            "Textile Council",
        ),
        (
            [
                "The Marlow College Rowing Club has won the cup, and Marlow College Sailing"
                " Society came second.",
                "“Both crews trained through the floods all winter,” Marlow College said.",
            ],
            "Marlow College",
        ),
    ],
)
def test_a_person_or_a_branch_is_not_a_short_form(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
