"""A post on a body's page named with its platform ("A post on the company’s Facebook page
warned:") or on a page named by the body ("a message on the Harlow Connect app") is the body's
words, not a platform's called Facebook."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Harlow Connect runs most of the town’s buses."
_WARNING = "“Services will be severely disrupted on all routes from Monday morning.”"


@pytest.mark.parametrize(
    "lead",
    [
        "A post on the company’s Facebook page warned:",
        "A notice on the operator’s Instagram account read:",
        "A message on the Harlow Connect app warned passengers:",
    ],
)
def test_the_page_owner_speaks(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_WARNING}"]) == ["Harlow Connect"]


def test_a_page_of_no_one_named_is_no_ones() -> None:
    paragraphs = [
        "The buses stopped running on Friday.",
        f"A post on a commuters’ Facebook page warned: {_WARNING}",
    ]
    assert speakers_in_order(paragraphs) == [None]
