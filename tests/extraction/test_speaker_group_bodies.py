""" "The forecasters said" after "Forecasters at the Albion Weather Service warned …": the body
whose people spoke, as for "analysts at X wrote"; a group brought in by no body stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The ground is saturated, so even moderate rain could flood the same streets,”"


@pytest.mark.parametrize(
    ("opening", "group", "body"),
    [
        (
            "Forecasters at the Albion Weather Service warned that the danger had not passed.",
            "forecasters",
            "Albion Weather Service",
        ),
        (
            "Meteorologists at the Corran Met Office expect more storms this week.",
            "meteorologists",
            "Corran Met Office",
        ),
        (
            "Engineers from the Orrin Water Board inspected the dam on Monday.",
            "engineers",
            "Orrin Water Board",
        ),
        (
            "Researchers at the Tallis Institute mapped the flood plain last year.",
            "researchers",
            "Tallis Institute",
        ),
    ],
)
def test_the_group_speaks_for_its_body(opening: str, group: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {group} said."]) == [body]


@pytest.mark.parametrize(
    "opening",
    [
        "Forecasters expect more rain on Tuesday.",  # no body named
        "Residents of the Tallis Estate were moved to a school.",  # "of": where they live
        "Engineers at Brask Lane worked through the night.",  # a street, no body
        "Engineers at the site worked through the night.",
    ],
)
def test_a_group_with_no_body_stays_unnamed(opening: str) -> None:
    group = opening.split()[0].lower()
    assert speakers_in_order([opening, f"{_QUOTE} the {group} said."]) == [None]
