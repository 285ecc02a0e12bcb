"""Someone unnamed who gave only a first name, set off by commas before the verb ("A nurse, who
gave only her first name, Bongani, said:", "A father who asked to be identified only by his
first name, Tadeo, told reporters:"), is that name; without a name given they stay unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We will look again at every option on the table,” said Ylva Marsh, the chair."
_QUOTE = "“The ferry was promised to us twice and it never once came.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A nurse, who gave only her first name, Gráinne, said:", "Gráinne"),
        ("A fisherman, who would give only his first name, Bongani, said:", "Bongani"),
        ("One driver, who would only give his first name, Tadeo, told the Courier:", "Tadeo"),
        ("A mother who asked to be identified only by her first name, Nkechi, said:", "Nkechi"),
        ("A father, who wanted to be identified by his first name, Oskar, said:", "Oskar"),
    ],
)
def test_the_first_name_given_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Ylva Marsh", speaker]


@pytest.mark.parametrize(
    "lead",
    [
        "A nurse, who gave only her first name, said:",
        "A mother, who asked to be identified only by her first name, said:",
        "A fisherman who would give only his first name said:",
        "A driver, who asked not to be named, said:",
    ],
)
def test_no_name_given_stays_unnamed(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Ylva Marsh", None]
