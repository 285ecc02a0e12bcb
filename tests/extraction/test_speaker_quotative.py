"""Quotative "like" ("she was like, “…”") and kin named only by a pronoun, on invented text."""

from __future__ import annotations

import pytest

from bot.extraction.cues import quotative_subject
from tests.extraction.speaking import speakers_in_order

_OPEN = "Dana Moss found the door of her bakery open on Monday."
_INTERVIEW = "We spoke with baker Dana Moss about the night her shop was broken into."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [_OPEN, "When she saw it, she was just like, “Who would do this to a shop like ours?”"],
            "Dana Moss",
        ),
        (
            [_OPEN, "Moss is all like, “We will clean it all up before the morning rush.”"],
            "Dana Moss",
        ),
        ([_OPEN, "Her sister was like, “We will clean it all up before the morning rush.”"], None),
        ([_OPEN, "“We will clean it all up before the morning rush,” her sister said."], None),
        (
            [
                _INTERVIEW,
                "What did you think when you saw it?",
                "Honestly, I’m just like, “Who would do this to a shop like mine?”",
            ],
            "Dana Moss",
        ),
    ],
)
def test_who_is_like_the_quote(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("lead", "subject"),
    [
        ("When she saw the glass, she was just like, ", "she"),
        ("Honestly, I’m just like, ", "I"),
        ("And then Tom Reed was like ", "Tom Reed"),
        ("I would like ", None),
        ("It looks like ", None),
    ],
)
def test_the_subject_of_a_quotative_like(lead: str, subject: str | None) -> None:
    assert quotative_subject(lead) == subject
