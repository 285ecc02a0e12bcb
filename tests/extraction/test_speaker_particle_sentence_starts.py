"""A surname with its particle opening a sentence ("Van der Merwe told") is no second person."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We could have been clearer about how the number would move,”"


def test_a_capitalised_particle_surname_is_the_person_named_in_full() -> None:
    cases = (
        ("Annelies van der Merwe", "Van der Merwe", "van der Merwe"),
        ("Joaquín de la Vega", "De la Vega", "de la Vega"),
        ("Luiz Inácio da Silva", "Da Silva", "da Silva"),
        ("Pieter van Houten", "Van Houten", "van Houten"),
    )
    for full, opener, tag in cases:
        paragraphs = [
            f"Chief executive {full} spoke first.",
            f"{opener} told analysts that output would double by March.",
            f"{_QUOTE} {tag} said.",
        ]
        assert speakers_in_order(paragraphs) == [full], full


def test_a_first_name_that_is_also_a_particle_still_names_someone() -> None:
    paragraphs = [
        "The singer Van Okafor arrived late.",
        f"{_QUOTE} Okafor said.",
    ]
    assert speakers_in_order(paragraphs) == ["Van Okafor"]
    paragraphs = ["Al Brennan arrived late.", f"{_QUOTE} Brennan said."]
    assert speakers_in_order(paragraphs) == ["Al Brennan"]
