"""A student's year before a name ("Sophomore Jaylen Brooks", "Junior Tessa Marr") is no part
of the name, while "Junior" as a given name ("Junior Seau", "Junior said") stays one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have sent emails for a year and nobody answered a single one of them,”"


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        ("Sophomore Jaylen Brooks, 19, organised the walkout.", "Brooks said.", "Jaylen Brooks"),
        ("Freshman Ama Osei joined the sit-in on Monday.", "she said.", "Ama Osei"),
        ("Junior Tessa Marr led the march to the library.", "Marr said.", "Tessa Marr"),
        ("Undergraduate Ruben Ask slept in the foyer.", "Ask said.", "Ruben Ask"),
        ("Postgraduate Lin Wei handed out flyers.", "Lin Wei said.", "Lin Wei"),
    ],
)
def test_a_student_year_is_cut(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {credit}"]) == [speaker]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        ("Junior Seau walked out of the meeting.", "Seau said.", "Junior Seau"),
        ("Junior was nervous before the shoot.", "Junior said.", "Junior"),
        ("Senior Maya Lund organised the walkout.", "Lund said.", "Maya Lund"),
    ],
)
def test_junior_as_a_name_is_kept(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {credit}"]) == [speaker]
