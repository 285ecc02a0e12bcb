"""A document posted on a body's own page ("According to a post on the company’s status blog,
the outage was caused by “…”", "a notice on the council’s website") is the body's words."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("opening", "lead", "speaker"),
    [
        (
            "The app went down for six hours, its owner, Velda Systems, said.",
            "According to a post on the company’s status blog, the outage was caused by",
            "Velda Systems",
        ),
        (
            "The Harwell Borough Council closed the library on Monday.",
            "According to a notice on the council’s website, the roof was",
            "Harwell Borough Council",
        ),
    ],
)
def test_a_post_on_a_bodys_page_is_the_bodys(opening: str, lead: str, speaker: str) -> None:
    paragraphs = [opening, f"{lead} “a faulty change pushed during routine maintenance.”"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_post_on_a_page_of_no_one_named_is_no_ones() -> None:
    paragraphs = [
        "The app went down for six hours on Tuesday.",
        "According to a post on a fan’s blog, the outage was caused by “a faulty change pushed"
        " during routine maintenance.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A statement on her Instagram account read: “Grateful for every message from you all.”",
            "Mila Stroud",
        ),
        ("“Grateful for every message from you all,” a post on his account said.", "Jonah Vale"),
    ],
)
def test_a_post_on_their_own_account_is_theirs(sentence: str, speaker: str) -> None:
    opening = (
        "Actress Mila Stroud split from Jonah Vale, who declined to comment."
        if speaker == "Mila Stroud"
        else "Jonah Vale split from actress Mila Stroud, who declined to comment."
    )
    assert speakers_in_order([opening, sentence]) == [speaker]


def test_a_sign_on_her_door_is_still_no_ones() -> None:
    paragraphs = [
        "Actress Mila Stroud split from Jonah Vale, who declined to comment.",
        "A sign on her door read: “Do not knock, the baby is finally asleep.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
