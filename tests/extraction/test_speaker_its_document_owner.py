"""A document opening its sentence with "Its" belongs to the one body the sentence before names,
wherever it stands there ("Okafor set up the Delta Learning Trust. Its application …"); with two
bodies named there, or none, it is no one's the article names."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "It plans “a school that grows with its pupils, year after year,” according to the"


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Okafor set up the Delta Learning Trust last year. Its application was approved.",
                f"{_QUOTE} application.",
            ],
            ["Delta Learning Trust"],
        ),
        (
            [
                "The Delta Learning Trust was set up last year. Its application was approved.",
                f"{_QUOTE} application.",
            ],
            ["Delta Learning Trust"],
        ),
        (
            [
                "Okafor set up Kestrel Motors in 2015. Its annual report came out in May.",
                f"{_QUOTE} report.",
            ],
            ["Kestrel Motors"],
        ),
        (  # two bodies: which one "its" means is not read
            [
                "Okafor set up the Delta Learning Trust with Kestrel Bank. Its application was"
                " approved.",
                f"{_QUOTE} application.",
            ],
            [None],
        ),
        (  # a body by its kind only
            [
                "Okafor set up the school last year. Its application was approved in May.",
                f"{_QUOTE} application.",
            ],
            [None],
        ),
    ],
)
def test_its_document_owner(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
