"""“…,” it read. after a sentence opening with the document its subject wrote in ("In a second
post on Monday, which he also deleted, X doubled down.") is X's; a sentence brought in by its
document with no one named keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I stand by every word, and so does my whole team,”"


@pytest.mark.parametrize(
    ("sentence", "tail", "speaker"),
    [
        (
            "In a second post on Monday morning, which he also deleted within the hour, Tomás"
            " Ferreira-Quist doubled down.",
            "it read",
            "Tomás Ferreira-Quist",
        ),
        (
            "In a letter to the paper on Friday, Ines Marlow complained about the review.",
            "it said",
            "Ines Marlow",
        ),
        (
            "In an email to parents, the head teacher, Aled Pryce, defended the trip.",
            "it read",
            "Aled Pryce",
        ),
        (
            "Through a statement posted late on Sunday, Harbour Mutual answered its critics.",
            "it said",
            "Harbour Mutual",
        ),
    ],
)
def test_it_read_is_the_writers(sentence: str, tail: str, speaker: str) -> None:
    paragraphs = ["The critic Naledi Mokoena gave the restaurant two stars.", sentence]
    paragraphs.append(f"{_QUOTE} {tail}.")
    assert speakers_in_order(paragraphs) == [speaker]


def test_no_one_named_keeps_no_speaker() -> None:
    paragraphs = [
        "The critic Naledi Mokoena gave the restaurant two stars.",
        "In an anonymous post on Monday, someone defended the chef.",
        f"{_QUOTE} it read.",
    ]
    assert speakers_in_order(paragraphs) == [None]
