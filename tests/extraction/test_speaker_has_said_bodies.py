"""A body named by one word no list knows speaks through "has said:" and "had said in a
statement:" as through "said:" ("Contoso has said: “…”"), with an adverb after the helper too
("has previously said"); groups left unnamed and the passive "has been told" stay unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Tom Brennan, a customer, said the app had lost his data. “I lost three years of photos,”"
    " Brennan said."
)
_QUOTE = "“We are working to restore every account that was affected by the fault.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Contoso has said:", "Contoso"),
        ("Contoso had said in March:", "Contoso"),
        ("Brightwell has previously said:", "Brightwell"),
        ("Northwind has also said in a statement:", "Northwind"),
        ("Northwind Games has said in a statement:", "Northwind Games"),
        ("Ana Ruiz has said:", "Ana Ruiz"),
    ],
)
def test_a_body_that_has_said(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Tom Brennan", speaker]


def test_the_words_after_the_quote_too() -> None:
    paragraph = "“We are working to restore every account that was affected,” Contoso has said."
    assert speakers_in_order([_BEFORE, paragraph]) == ["Tom Brennan", "Contoso"]


@pytest.mark.parametrize(
    "lead", ["Critics have said:", "Many have long said:", "The company has said:"]
)
def test_no_body_named_is_no_speaker(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Tom Brennan", None]
