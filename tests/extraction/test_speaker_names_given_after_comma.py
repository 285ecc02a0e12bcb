"""Someone described after the speech verb with "the" or "one" and a comma before "who gave his
name as" ("said the man holding it, who gave his name only as Rafi", "said one investor, who
gave her name as Lupe") is named by the name given."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I bought because the chart went up, and the chart went up because of him,”"


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        (
            "said the man holding it, who gave his name only as Rafi and said he had lost money.",
            "Rafi",
        ),
        ("said one investor, who gave her name only as Lupe.", "Lupe"),
        ("said the woman at the front, who gave her first name as Mariam.", "Mariam"),
        ("said the driver, who identified himself only as Abu Karim.", "Abu Karim"),
    ],
)
def test_the_name_given_after_a_comma_is_the_speaker(credit: str, name: str) -> None:
    paragraphs = [
        "Investors who lost money gathered on the courthouse steps.",
        f"{_QUOTE} {credit}",
    ]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    "credit",
    [
        "said the man holding it, who gave his age as 71.",
        "said the woman at the front, who served as a nurse in the old army.",
    ],
)
def test_no_name_given_keeps_no_speaker(credit: str) -> None:
    paragraphs = [
        "Investors who lost money gathered on the courthouse steps.",
        f"{_QUOTE} {credit}",
    ]
    assert speakers_in_order(paragraphs) == [None]
