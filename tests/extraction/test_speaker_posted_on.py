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
