"""A body's name in full when "the office" or "the museum" speaks: long names joined by "for the"
and "of", heads joined by "of" ("Port of …", "Museum of …"), and no person before "of"."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,”"


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        (
            "The U.S. Attorney’s Office for the Southern District of Harwell filed charges.",
            " the office said.",
            "U.S. Attorney’s Office for the Southern District of Harwell",
        ),
        (
            "The Port of Harwell Authority approved the plan.",
            " the authority said.",
            "Port of Harwell Authority",
        ),
        ("The Museum of Modern Craft closed early.", " the museum said.", "Museum of Modern Craft"),
        (
            "The Harwell Youth Orchestra cancelled its tour.",
            " the orchestra said.",
            "Harwell Youth Orchestra",
        ),
    ],
)
def test_the_body_speaks_by_its_full_name(opening: str, tail: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE + tail]) == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chairman of Harwell Authority Tom Ode said", "Harwell Authority"),
        ("Danny Ode of Harwell Medical Center said", "Harwell Medical Center"),
        ("The Bank of Harwell raised rates", "Bank of Harwell"),
    ],
)
def test_a_person_or_title_before_of_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [found for _, _, found in org_spans(text)] == [name]
