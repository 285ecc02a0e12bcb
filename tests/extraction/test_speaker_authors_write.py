"""A study's people writing in the present with no leader beside them ("The researchers write
that … “…”", "The study’s authors note that") are read as "The researchers wrote that" is: the
one the article says led them."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LED = (
    "The team, led by Dr. Keiko Tanabe-Moreau of the Aldwych Ocean Institute, grew the microbes"
    " in tanks. “We expected months, maybe years. We got three weeks,” Tanabe-Moreau said."
)
_OUTSIDE = "Ingrid Solheim, who was not involved, said it was “nothing like a landfill or a beach.”"
_QUOTE = "further tests are needed “before anyone starts pouring bacteria into the ocean.”"


@pytest.mark.parametrize(
    "subject",
    [
        "The researchers write that",
        "The authors also note that",
        "The study’s authors argue that",
        "The scientists caution that",
    ],
)
def test_the_authors_writing_are_their_leader(subject: str) -> None:
    paragraphs = [_LED, _OUTSIDE, f"{subject} {_QUOTE}"]
    assert speakers_in_order(paragraphs)[2] == "Keiko Tanabe-Moreau"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Critics write that", None),  # no study's people
        ("The researchers wrote that", "Keiko Tanabe-Moreau"),  # the past, read before
    ],
)
def test_near_misses_keep_their_answer(subject: str, speaker: str | None) -> None:
    paragraphs = [_LED, _OUTSIDE, f"{subject} {_QUOTE}"]
    assert speakers_in_order(paragraphs)[2] == speaker
