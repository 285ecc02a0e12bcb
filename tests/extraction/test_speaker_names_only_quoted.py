"""A body's one-word name is not read as the start of a longer name written only inside
someone's quote ("Harvestway … said in a statement … “Farmers in the Harvestway Dairy Group
are paid …,” the statement said." is Harvestway's); a longer name the article itself writes
still is its full name ("Northwind Games … Northwind said")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_longer_name_only_inside_a_quote_is_not_the_full_name() -> None:
    for body, inner in (
        ("Harvestway", "Harvestway Dairy Group"),
        ("Tillpoint", "Tillpoint Growth Fund"),
    ):
        paragraphs = [
            f"{body}, the country’s second-largest grocer, said in a statement that its own"
            f" farmers were paid separately. “Farmers in the {inner} are paid a price that"
            " reflects the cost of production,” the statement said."
        ]
        assert speakers_in_order(paragraphs)[-1] == body, body


def test_a_longer_name_the_article_writes_is_the_full_name() -> None:
    paragraphs = [
        "Northwind Games delayed its next title on Monday.",
        "Northwind said in a statement that the game needed more work. “We would rather be late"
        " than broken, and our players deserve better,” the statement said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Northwind Games"
