"""A body named "The University of X" or "The Institute of Y" opening a sentence with a clause
set off by commas ("The University of Haverleigh, where the work was done, announced it in a
press release") issues the document in full, never as "University" cut before its "of"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        (
            "The University of Haverleigh, where the work was done, announced it in a press"
            " release.",
            "University of Haverleigh",
        ),
        (
            "The Institute of Marine Studies, which ran the survey, published a report on Monday.",
            "Institute of Marine Studies",
        ),
        ("The College of Nursing released a report on Monday.", "College of Nursing"),
        (
            "The Bank of Tarrow, where Ines Marlow once worked, issued a statement.",
            "Bank of Tarrow",
        ),
    ],
)
def test_the_document_is_the_whole_bodys(opening: str, body: str) -> None:
    noun = "release" if "release." in opening else "report" if "report" in opening else "statement"
    paragraphs = [
        opening,
        "Fish stocks in the bay fell by a third over the decade.",
        f"“The decline is steeper than any model predicted for this decade,” the {noun} says.",
    ]
    assert speakers_in_order(paragraphs) == [body]


def test_a_person_of_a_place_is_still_the_subject() -> None:
    """A person's name is no "X of Y" body: "Ana Ruiz of Harwell" stays the one who wrote."""
    paragraphs = [
        "Ana Ruiz, who runs the clinic, sent a letter to parents on Monday.",
        "“Every child in the valley should be seen by a nurse this winter,” the letter says.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


def test_a_body_without_a_clause_keeps_its_name() -> None:
    paragraphs = [
        "The Ministry of Defence published a statement on Tuesday night.",
        "“The army has opened an inquiry into the shelling of the market,” the statement says.",
    ]
    assert speakers_in_order(paragraphs) == ["Ministry of Defence"]
