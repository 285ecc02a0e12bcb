"""A body whose name goes on with "of" ("the Harbour Authority of Tolva", "the Ministry of
Coastal Affairs") credited after a quote ("“…,” read a statement from X.", "“…” Those were the
words of X.", "“…” The statement came from X.") is named in full."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The money was promised and the work will begin in the spring"
_BODIES = ["Harbour Authority of Tolva", "Ministry of Coastal Affairs", "University of Northfield"]
_CREDITS = [
    "{q},” read a statement from the {b}.",
    "{q}.” Those were the words of the {b}.",
    "{q}.” The statement came from the {b}.",
]


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("credit", _CREDITS)
@pytest.mark.parametrize("before", ["", "Greta Lindqvist chaired the first session. "])
def test_a_body_of_a_place_in_full(body: str, credit: str, before: str) -> None:
    paragraphs = [before + credit.format(q=_QUOTE, b=body)]
    assert speakers_in_order(paragraphs) == [body]


def test_a_person_of_a_place_keeps_the_name_alone() -> None:
    paragraphs = [f"{_QUOTE}.” Those were the words of Greta Lindqvist of Tolva."]
    assert speakers_in_order(paragraphs) == ["Greta Lindqvist"]
