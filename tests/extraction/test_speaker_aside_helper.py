"""A helping verb after an aside set off by commas ("X, the mayor, would only say:", "X, pressed
on the point, would only say:", "X, asked about the delay, could only say:") leaves the name
before the aside as the speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The money was promised and it never came, not once in all these years.”"
_NAMES = ["Marta Okonkwo-Reyes", "Tomasz Wielgosz", "Siobhán Ní Bhriain", "Kwame Asante"]
_ASIDES = [
    "the mayor",
    "pressed on the point",
    "when pressed",
    "asked about the delay",
    "told of the decision",
    "54",
    "who chairs the committee",
]
_HELPERS = ["would only say", "could only say", "would say only", "did not say much beyond"]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("aside", _ASIDES)
@pytest.mark.parametrize("helper", _HELPERS)
def test_a_helper_after_an_aside(name: str, aside: str, helper: str) -> None:
    paragraphs = [
        "Greta Lindqvist had called the meeting for Monday.",
        f"{name}, {aside}, {helper}: {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    "lead",
    [
        "The crowd outside, angry and wet, would only chant:",
        "Officials, speaking on condition of anonymity, would only say:",
    ],
)
def test_an_unnamed_subject_before_the_aside_keeps_no_speaker(lead: str) -> None:
    paragraphs = ["Greta Lindqvist had called the meeting for Monday.", f"{lead} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [None]
