"""A role taking a stance in the sentence right before a quote ("The designer insists the line
is wearable.", "Her deputy disagreed.") is whom the "he" or "she" after the quote means: the
person named with that role before, else no one for someone's role ("her deputy"), never the
one quoted last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SHOW = "The designer Ilse Brandt showed forty looks on Friday."
_BUYER = "“I bought six pieces and I sold four of them this week,” said Carla Mendes, a buyer."
_QUOTE = "“You can wear every one of these to the supermarket on a Tuesday,” she said."


@pytest.mark.parametrize(
    "stance",
    [
        "The designer insists the line is wearable.",
        "The designer argues that clothes should be useful.",
        "The designer maintains that the prices are fair.",
        "The designer believes the line will sell.",
        "But the designer disagreed.",
        "The designer was adamant.",
        "The designer is unconvinced by the critics.",
    ],
)
def test_the_role_taking_a_stance_speaks(stance: str) -> None:
    paragraphs = [_SHOW, _BUYER, f"{stance} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == ["Carla Mendes", "Ilse Brandt"]


def test_the_stance_may_end_the_paragraph_before() -> None:
    paragraphs = [_SHOW, _BUYER, "The designer insists the line is wearable.", _QUOTE]
    assert speakers_in_order(paragraphs) == ["Carla Mendes", "Ilse Brandt"]


_BAKERY = "“We open at five and we close when the bread runs out,” Vale said."
_REPLY = "“We close when I say we close, and that is usually at two,” she said."


def test_a_deputy_named_before_speaks() -> None:
    paragraphs = [
        "Mona Vale runs the bakery with her deputy, Sofia Grant.",
        _BAKERY,
        f"Her deputy disagreed. {_REPLY}",
    ]
    assert speakers_in_order(paragraphs) == ["Mona Vale", "Sofia Grant"]


@pytest.mark.parametrize("stance", ["Her deputy disagreed.", "The owner's assistant disagreed."])
def test_someones_role_named_nowhere_is_no_one(stance: str) -> None:
    paragraphs = ["Mona Vale runs the bakery.", _BAKERY, f"{stance} {_REPLY}"]
    assert speakers_in_order(paragraphs) == ["Mona Vale", None]


@pytest.mark.parametrize(
    ("stance", "speaker"),
    [
        ("Her husband disagreed.", "Mona Vale"),  # "she" is no husband
        ("Vale insists the hours are fair.", "Mona Vale"),
        ("The crowd disagreed.", "Mona Vale"),  # no person's role
    ],
)
def test_other_sentences_keep_their_reading(stance: str, speaker: str) -> None:
    paragraphs = ["Mona Vale runs the bakery.", _BAKERY, f"{stance} {_REPLY}"]
    assert speakers_in_order(paragraphs) == ["Mona Vale", speaker]


@pytest.mark.parametrize(
    "opening",
    [
        [
            "The cheer went to a 31-year-old designer showing her third collection.",
            "Koh sent out thirty looks on Thursday.",
        ],
        ["The cheer went to a young designer from Leeds. Nadia Koh sent out thirty looks."],
    ],
)
def test_a_role_brought_in_unnamed_is_the_one_named_next(opening: list[str]) -> None:
    intro = ["Nadia Koh's show won the week.", *opening]
    paragraphs = [*intro, _BUYER, "The designer insists the line is wearable.", _QUOTE]
    assert speakers_in_order(paragraphs) == ["Carla Mendes", "Nadia Koh"]
