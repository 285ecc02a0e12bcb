"""Several quoted fragments in one sentence credited once at its end ("Firms “…,” if costs
“…,” said X.") are all the credited speaker's, whichever way the credit is written; a fragment
that a verb of its own gives to someone else ("Critics call the plan “…,” but it will “…,”
X said.") stays theirs, and the fragments after it are still the credited speaker's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_PEOPLE = [
    ("Nora Quill", "Quill", "she"),
    ("Babajide Okonkwo", "Okonkwo", "he"),
    ("Marie-Claire Dubois", "Dubois", "she"),
    ("Tran Van Minh", "Minh", "he"),
]
_INTRO = "{full} is chief economist at Lantern Partners, a research firm."


@pytest.mark.parametrize(("full", "short", "pronoun"), _PEOPLE)
@pytest.mark.parametrize(
    "sentence",
    [
        "Smaller firms “may hold up better, at least for a while,” if borrowing costs “fall fast"
        " and stay down for good,” {credit}.",
        "If the deal goes through, the club “would finally have a keeper the defenders trust,”"
        " and the wage bill “would still sit comfortably under the cap,” {credit}.",
        "But if “the slowdown drags on into the spring,” then exporters “will feel it first and"
        " hardest,” {credit} in a note to clients.",
        "The plan “makes a lot of sense on paper,” would “fit inside what the board has told us"
        " to spend” and “gives the younger staff someone to learn from,” {credit}.",
    ],
)
@pytest.mark.parametrize("credit", ["said {full}", "{short} said", "{pronoun} said"])
def test_every_fragment_is_the_credited_speakers(
    full: str, short: str, pronoun: str, sentence: str, credit: str
) -> None:
    tag = credit.format(full=full, short=short, pronoun=pronoun)
    paragraphs = [_INTRO.format(full=full), sentence.format(credit=tag)]
    speakers = speakers_in_order(paragraphs)
    assert speakers and set(speakers) == {full}


@pytest.mark.parametrize(("full", "short", "_pronoun"), _PEOPLE)
@pytest.mark.parametrize(
    "others",
    [
        "Critics call the plan",
        "Some landlords have called the plan",
        "Opponents describe the scheme as",
    ],
)
def test_a_fragment_with_a_verb_of_its_own_is_not_the_credited_speakers(
    full: str, short: str, _pronoun: str, others: str
) -> None:
    paragraphs = [
        _INTRO.format(full=full),
        f"{others} “a giveaway to landlords and nobody else,” but it will “save renters money in"
        f" every single year,” {short} said.",
    ]
    assert speakers_in_order(paragraphs) == [None, full]


def test_two_speakers_in_one_sentence_keep_their_fragments() -> None:
    paragraphs = [
        "Ray Dalton reported the talks. Tom Okafor manages the club.",
        "Dalton described the demands as “steep but not outrageous for a player of his age,”"
        " while Okafor said the club “has been careful not to overpay for anyone this winter.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ray Dalton", "Tom Okafor"]


def test_a_fragment_after_a_colon_is_not_credited_by_the_next_ones_tag() -> None:
    paragraphs = [
        "The theme ran through the evening, from Eva Lindholm, who explains why she tells these"
        " stories: “Film studios pick who gets to be brave on screen, and it is never"
        " someone like me,”"
        " to Mia Castellano, who could win a prize this year: “Seeing yourself represented"
        " gives you a place in the world,” she says.",
    ]
    assert speakers_in_order(paragraphs) == ["Eva Lindholm", "Mia Castellano"]
