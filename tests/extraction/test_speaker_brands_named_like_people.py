"""A company whose one-word name is also a first name ("Sony", "Kia", "Zara") is still the company
"the company said" means, unless the article gives that name a surname."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,” the company said."


@pytest.mark.parametrize("brand", ["Sony", "Kia", "Zara", "Meta"])
def test_a_brand_named_like_a_person_is_the_company(brand: str) -> None:
    paragraphs = [f"{brand} recalled 2,000 products on Monday.", _QUOTE]
    assert speakers_in_order(paragraphs) == [brand]


@pytest.mark.parametrize(
    "opening",
    ["Zara Lowe runs a shop. Zara recalled 2,000 products on Monday.", "May saw prices rise."],
)
def test_a_person_or_a_month_is_no_company(opening: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [None]
