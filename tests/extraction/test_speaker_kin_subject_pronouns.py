"""A sentence opened by someone's kin ("Her mother had gone back to the ovens.") right before a
quote whose "she" or "he" fits the kin word: the kin's, named so ("her husband, Kwame,") or the
one other person of the owner's surname and the kin word's gender, not the owner quoted last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SHOP = [
    "Elena Marchetti has run the delicatessen on Quay Street since 1998.",
    "“Nobody comes here for the prices, they come for the talk,” she said.",
    "Her daughter, Chloe Marchetti, 22, started on the counter last year.",
    "“I thought I would last a month, and here I am,” Chloe said.",
]
_FARM = [
    "Jorge Alvarez has farmed the same hillside for forty years.",
    "“The rain is late and the ground knows it,” he said.",
    "His son, Mateo Alvarez, came back from the city to help with the harvest.",
    "“I missed this more than I ever admitted,” Mateo said.",
]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                *_SHOP,
                "Her mother had already gone back to the slicer. “The ham will not cut itself,"
                " you know,” she called across the shop.",
            ],
            "Elena Marchetti",
        ),
        (
            [
                *_FARM,
                "His father was already back on the tractor. “Daylight does not wait for"
                " anyone on this farm,” he shouted.",
            ],
            "Jorge Alvarez",
        ),
        (
            [
                "Abena Owusu has sold fabric at Makola market for twenty years.",
                "Her husband, Kwame, drives the van and keeps the books.",
                "“Without the van we would still be carrying bales on our heads,” she said.",
                "Her husband was loading the last bolts. “We leave at five, rain or not,” he said.",
            ],
            "Kwame",
        ),
        (
            [
                "Sofia Lindqvist opened the bookshop in 2010.",
                "Her son, Erik Lindqvist, runs the café at the back.",
                "“People stay longer when there is coffee,” Erik said.",
                "His mother was pricing a box of old atlases. “Those will be gone by Friday,"
                " mark my words,” she said.",
            ],
            "Sofia Lindqvist",
        ),
    ],
)
def test_the_kin_opening_the_sentence_is_the_pronoun(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # the kin sentence speaks of the owner again: the "she" is still the owner
            [
                *_SHOP,
                "Her mother had taught her to slice before she could read. “I still cut it"
                " the way she showed me,” she said.",
            ],
            "Chloe Marchetti",
        ),
        (  # a kin word of the other gender: the "she" goes on meaning the one quoted
            [
                *_SHOP,
                "Her father was never part of the business. “He thought cheese was a fad,”"
                " she said.",
            ],
            "Chloe Marchetti",
        ),
        (  # the kin sentence is not the one right before the quote
            [
                *_SHOP,
                "Her mother had already gone back to the slicer. Chloe wiped the counter."
                " “The lunch rush starts in ten minutes,” she said.",
            ],
            "Chloe Marchetti",
        ),
    ],
)
def test_other_sentences_leave_the_pronoun_alone(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
