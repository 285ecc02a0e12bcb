"""An alliance or coalition called "the alliance" after its name and its leader, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“This will cost the town its fishing fleet,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Alliance, led by Tom Ode, opposes the plan. "
                + _QUOTE
                + " the alliance said."
            ],
            "Harbour Alliance",
        ),
        (
            [
                "The Harbour Alliance, led by Tom Ode, opposes the plan.",
                _QUOTE + " the alliance said in a statement.",
            ],
            "Harbour Alliance",
        ),
        (
            [
                "The Clean Rivers Coalition, which is led by Ana Ruiz, sued the city. "
                + _QUOTE
                + " the coalition said."
            ],
            "Clean Rivers Coalition",
        ),
        (
            [
                "The Harbour Alliance opposes the plan. The alliance said in a statement:"
                " “This will cost the town its fishing fleet.”"
            ],
            "Harbour Alliance",
        ),
    ],
)
def test_the_alliance_is_the_body_not_its_leader(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["The Harbour Alliance, led by Tom Ode, opposes the plan. " + _QUOTE + " Ode said."],
            "Tom Ode",
        ),
        (
            ["The Harbour Alliance, led by Tom Ode, opposes the plan. " + _QUOTE + " he said."],
            "Tom Ode",
        ),
        (
            [
                "An alliance of 40 fishing groups wrote to the minister. "
                + _QUOTE
                + " the alliance said."
            ],
            None,
        ),
    ],
)
def test_the_leader_or_an_unnamed_alliance_stays_as_it_was(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
