"""A hospital, infirmary, hospice, clinic, college or university named in full and then
without its noun ("Harrowgate General Hospital … In a statement, Harrowgate General said …")
speaks by its full name; one named after a person ("Ada Lovell College") leaves that person
their own name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Harrowgate General Hospital", "Harrowgate General"),
        ("Kingsmere Royal Hospital", "Kingsmere Royal"),
        ("Vellbrook Community College", "Vellbrook Community"),
        ("Ostrava Street Clinic", "Ostrava Street"),
        ("Kelmouth Royal Infirmary", "Kelmouth Royal"),
        ("Larkfield Valley Hospice", "Larkfield Valley"),
        ("Marrowgate Metropolitan University", "Marrowgate Metropolitan"),
    ],
)
def test_short_form_speaks_as_the_full_name(full: str, short: str) -> None:
    paragraphs = [
        f"Two wards at {full} were closed on Monday after nine people fell ill.",
        f"In a statement, {short} said it was sorry. “We have fallen short of the standard"
        " people deserve, and we will learn from this,” the statement said.",
    ]
    assert speakers_in_order(paragraphs) == [full]


def test_a_person_the_college_is_named_after_keeps_their_name() -> None:
    paragraphs = [
        "Staff at Ada Lovell College were told on Monday that the college would close.",
        "“We have fallen short of the standard our students deserve,” said Ada Lovell, who"
        " founded it in 1979.",
    ]
    assert speakers_in_order(paragraphs) == ["Ada Lovell"]

