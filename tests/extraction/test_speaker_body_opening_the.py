"""A body whose name opens a sentence after "The" and is then credited by its kind ("the
charity said") is named without that "The", as it is everywhere else; a name whose capitalised
words before it are its own ("U.N. Security Council") still lengthens."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had no choice after two dry summers and a flooded slipway,”"


@pytest.mark.parametrize(
    ("opening", "credit", "body"),
    [
        (
            "The Saltmarsh Heritage Fund, a charity that mends sea walls, will sell its boathouse.",
            "the charity said.",
            "Saltmarsh Heritage Fund",
        ),
        (
            "The Kelby Valley Trust, a charity founded by farmers, has closed two shelters.",
            "the charity said in a statement.",
            "Kelby Valley Trust",
        ),
        (
            "The Orla Ferry Company, a family firm since 1921, cut its winter sailings.",
            "said the firm.",
            "Orla Ferry Company",
        ),
    ],
)
def test_the_kind_names_the_body_without_the(opening: str, credit: str, body: str) -> None:
    paragraphs = [
        f"{opening} Nadia Brook, who rents a mooring there, was furious.",
        f"{_QUOTE} {credit}",
    ]
    assert speakers_in_order(paragraphs) == [body]


def test_a_body_named_mid_sentence_is_unchanged() -> None:
    paragraphs = [
        "Boats were sold by the Saltmarsh Heritage Fund, a charity that restores sea walls.",
        f"{_QUOTE} the charity said.",
    ]
    assert speakers_in_order(paragraphs) == ["Saltmarsh Heritage Fund"]
