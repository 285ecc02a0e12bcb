"""A surname that is also a word ("Graves", "Price", "Young", "Hope") opening the sentence
before a quote is the person named in full with it earlier, and the quote's "she says" or "he
says" is theirs: for a first name given to both, a he or she in that quote's tag shows the
gender as one opening the next sentence would, so a nearer woman or man does not take it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NURSE = (
    "Clara Whitcombe, a nurse from Derby, has worn the same trousers for three summers. “They"
    " were the first I could cycle in, honestly,” she says."
)
_COBBLER = (
    "Ben Okoro, a cobbler in Leith, has mended shoes for years. “Soles are thinner than they"
    " were, every single year,” he says."
)


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            [
                _NURSE,
                "The bag of the season is the Harlow Tote. Jess Graves, who writes a newsletter,"
                " calls it “the first bag in years that strangers recognise across a room”.",
                "Graves admits that price and status can go together. “I don't think a bag has"
                " to be expensive to be the bag of the year,” she says.",
            ],
            "Jess Graves",
        ),
        (
            [
                _NURSE,
                "Jess Graves writes a newsletter on affordable style.",
                "Graves, though, is not convinced. “A bag is a bag, and nobody should pay rent"
                " money for one,” she says.",
            ],
            "Jess Graves",
        ),
        (
            [
                _NURSE,
                "Mel Price buys coats for a chain of shops in Kent.",
                "Price thinks the trend has two more years in it. “After that I'd expect the"
                " skinny jean to come back,” she says.",
            ],
            "Mel Price",
        ),
        (
            [
                _COBBLER,
                "Robin Young restores leather bags in Hove.",
                "Young believes the fashion will last. “People keep a good bag for twenty years"
                " now, which they never used to,” he says.",
            ],
            "Robin Young",
        ),
        (
            [
                _NURSE,
                "Tamsin Hope, a tailor in Glasgow, makes trousers to order.",
                "Hope says waiting lists have doubled since spring. “I have never had a queue"
                " like it in twenty years,” she says.",
            ],
            "Tamsin Hope",
        ),
    ],
)
def test_the_surname_opening_the_sentence_speaks(paragraphs: list[str], name: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == name


def test_a_woman_named_between_takes_the_she() -> None:
    paragraphs = [
        _COBBLER,
        "Jess Graves writes a newsletter on affordable style.",
        "Graves hired Nadia Ferreira as an editor last year. “It was the best decision we"
        " made, by a mile,” she says.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Nadia Ferreira"


def test_a_his_after_the_name_keeps_the_list_gender() -> None:
    paragraphs = [
        _NURSE,
        "Jess Graves writes a newsletter on affordable style from his flat in Hull.",
        "Graves thinks the bag is overpriced. “A bag is a bag, and nobody should pay rent"
        " money for one,” she says.",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Jess Graves"
