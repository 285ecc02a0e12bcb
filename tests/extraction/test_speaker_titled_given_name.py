"""A gendered title before the given name ("Mrs Kavita Rawat", "Mr Dinesh Bisht") gives the
person's gender, as one before the surname ("Mrs Rawat") already does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will rebuild every stall before the rains come back to the town,”"


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        ("Mrs Kavita Rawat met Mr Dinesh Bisht on Monday.", "he", "Dinesh Bisht"),
        ("Mrs Kavita Rawat met Mr Dinesh Bisht on Monday.", "she", "Kavita Rawat"),
        ("Mrs Kavita Rawat met Dinesh Bisht on Monday.", "he", "Dinesh Bisht"),
        ("Mr Dinesh Bisht met Mrs Kavita Rawat on Monday.", "she", "Kavita Rawat"),
    ],
)
def test_the_title_before_the_given_name_tells_he_from_she(
    opening: str, pronoun: str, speaker: str
) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {pronoun} said."]) == [speaker]
