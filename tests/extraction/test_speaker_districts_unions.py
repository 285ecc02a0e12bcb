""" "The district said" for the school or water district the article named, and "the union said"
for a union named as an association, federation or guild ("Wexmoor Education Association")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Keeping half-empty buildings open takes money away from the children who remain,”"


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        (
            "The Harlow Valley Unified School District sent a letter home on Friday.",
            "district",
            "Harlow Valley Unified School District",
        ),
        (
            "The Wexmoor Unified School District board voted 4-3 to close two schools.",
            "district",
            "Wexmoor Unified School District",
        ),
        (
            "The Brenmoor Water District raised its rates again.",
            "district",
            "Brenmoor Water District",
        ),
        (
            "The Wexmoor Education Association, which represents the teachers, objected.",
            "union",
            "Wexmoor Education Association",
        ),
        (
            "The Corran Federation of Teachers called a one-day strike.",
            "union",
            "Corran Federation of Teachers",
        ),
        ("The Screen Extras Guild told members to stay home.", "union", "Screen Extras Guild"),
    ],
)
def test_the_body_named_by_what_it_is(opening: str, noun: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [body]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # a person's role, not the body
            [
                "District Attorney Mara Lind filed the charges.",
                f"{_QUOTE} the district attorney said.",
            ],
            "Mara Lind",
        ),
        (  # a union named as one is meant before an association named later
            [
                "The Brenmoor Union of Nurses met the Brenmoor Hospital Association on Monday.",
                f"{_QUOTE} the union said.",
            ],
            "Brenmoor Union of Nurses",
        ),
        (  # a body of another kind is no union
            ["The Orrin Catchment Authority opened the gates.", f"{_QUOTE} the union said."],
            None,
        ),
    ],
)
def test_other_bodies_and_roles_are_kept(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
