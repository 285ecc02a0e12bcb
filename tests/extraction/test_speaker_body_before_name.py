"""A role "at" a one-word body run straight into the person's name ("Chief Economist at
Northbank Lars Eriksen") names the person, not body and person as one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = " “Not this year, and probably not next year either.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Chief Economist at Northbank Lars Eriksen, asked whether rates would fall, replied:",
            "Lars Eriksen",
        ),
        ("Director of Research at Halvorsen Maria Olsen said:", "Maria Olsen"),
        ("Head of Policy at Green Roads Fatima Zahra responded:", "Fatima Zahra"),
        ("A fellow at Harvard Kennedy School, Dina Levi, said:", "Dina Levi"),
    ],
)
def test_a_body_run_into_a_name_gives_the_person(lead: str, speaker: str | None) -> None:
    assert speakers_in_order(["Rates have been high for a year.", lead + _QUOTE]) == [speaker]
