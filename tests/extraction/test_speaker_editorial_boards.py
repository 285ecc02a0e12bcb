""" "The editorial board wrote" means the paper whose editorial the article mentioned just
before ("An editorial in the Lantern …"), by the fullest name the article gives it ("The Marlow
Lantern"). With no paper's editorial mentioned, no one is named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The question is not whether the concerts were good. It is who was paid,”"


@pytest.mark.parametrize(
    ("opening", "mention", "speaker"),
    [
        (
            "Emails were obtained by The Marlow Lantern.",
            "An editorial in the Lantern",
            "The Marlow Lantern",
        ),
        (
            "The Harwell Echo asked for comment.",
            "An editorial in The Harwell Echo",
            "The Harwell Echo",
        ),
        ("Readers wrote in all week.", "An editorial by the Courier", "Courier"),
    ],
)
def test_the_editorial_board_is_the_papers(opening: str, mention: str, speaker: str) -> None:
    paragraphs = [
        opening,
        f"{mention} on Thursday called for the treasurer to resign. {_QUOTE} the editorial"
        " board wrote.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_no_editorial_mentioned_names_no_one() -> None:
    paragraphs = [
        "Readers wrote in all week.",
        f"The treasurer was asked to resign. {_QUOTE} the editorial board wrote.",
    ]
    assert speakers_in_order(paragraphs) == [None]
