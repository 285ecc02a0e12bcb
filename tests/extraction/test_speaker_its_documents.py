"""A body's document opening a sentence after the body was its subject ("X did not respond.
Its website describes the company as “…”") or after a quote that opens its sentence ("“…,” its
website says.") is the body's words; "X Events" is a company's name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BRAND = "the fastest-growing student events brand in Marlow"


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ("Northlight Events", f"Its website describes the company as “{_BRAND}” and lists staff."),
        ("Corvane Homes Ltd", f"Its brochure calls the firm “{_BRAND}” in bold type."),
        ("Northlight Events", f"“We are {_BRAND},” its website says."),
    ],
)
def test_its_document_is_the_bodys(body: str, sentence: str) -> None:
    paragraphs = [
        "The student senate paid two firms for three concerts.",
        f"{body} did not respond to emails. {sentence}",
    ]
    assert speakers_in_order(paragraphs) == [body]


def test_its_document_after_a_person_is_not_guessed() -> None:
    paragraphs = [
        "The student senate paid two firms for three concerts.",
        f"Ana Ruiz did not respond to emails. “We are {_BRAND},” its website says.",
    ]
    assert speakers_in_order(paragraphs) == [None]
