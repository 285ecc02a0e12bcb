"""A transcript's speaker label in capitals before a quote ("ANN LEE, NURSE: “…”") names it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We were told nothing at all about the new rota until the night before.”"


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("ANN LEE, NURSE:", "Ann Lee"),
        ("TOM ODE:", "Tom Ode"),
        ("DR. RUTH MARLOW, CHIEF NURSE:", "Ruth Marlow"),
        ("MS JANE O'HARA:", "Jane O'Hara"),
        ("BREAKING NEWS:", None),  # no name in capitals
        ("JUNE UPDATE:", None),  # a first name before a common word is no name
        ("ROSE GARDEN:", None),
    ],
)
def test_a_label_in_capitals_before_a_quote(label: str, speaker: str | None) -> None:
    paragraphs = ["The hearing heard from the staff of the ward on Tuesday.", f"{label} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_each_label_names_its_own_line() -> None:
    paragraphs = [
        "The hearing heard from two members of staff.",
        "ANN LEE, NURSE: “We were told nothing at all about the new rota.”",
        "TOM ODE, PORTER: “Nobody asked any of us what we thought of it.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee", "Tom Ode"]


def test_a_label_before_what_someone_else_said_is_left_alone() -> None:
    paragraphs = [
        "The hearing heard from two members of staff.",
        "TOM ODE: The manager came in and said “everyone out of the building right now” to us.",
    ]
    assert speakers_in_order(paragraphs) == [None]
