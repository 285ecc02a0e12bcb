""" "The forecasters said" after "Forecasters at the Albion Weather Service warned …": the body
whose people spoke, as for "analysts at X wrote"; "the regents said" after "the Board of
Regents": the board they sit on; a group brought in by no body stays unnamed."""

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


@pytest.mark.parametrize(
    ("opening", "group", "body"),
    [
        (
            "The Board of Regents approved the fee rise on Thursday.",
            "regents",
            "Board of Regents",
        ),
        (
            "The Halvergate University Board of Trustees met on Friday.",
            "trustees",
            "Halvergate University Board of Trustees",
        ),
        (
            "Tom Ode chairs the Brenmoor County Board of Supervisors.",
            "supervisors",
            "Brenmoor County Board of Supervisors",
        ),
        ("The Court of Governors voted to close the campus.", "governors", "Court of Governors"),
    ],
)
def test_the_members_speak_for_their_board(opening: str, group: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {group} said."]) == [body]


def test_trustees_with_no_board_stay_unnamed() -> None:
    opening = "The trustees of the museum met on Friday."
    assert speakers_in_order([opening, f"{_QUOTE} the trustees said."]) == [None]
