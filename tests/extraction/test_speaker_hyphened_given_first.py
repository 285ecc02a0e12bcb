"""A Korean given name of two syllables joined by a hyphen may come before the family name
("Nam-gyu Lee", "Seo-yeon Park"): it is a given name, as after one ("Yoon Seo-yeon"), not a
descriptor such as "Dallas-based"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Every quarter point is another month of wages for someone,”"


def test_given_name_first_then_family_name() -> None:
    cases = (
        ("Among those watching was Nam-gyu Lee, who runs a print shop.", "Lee said", "Nam-gyu Lee"),
        ("Seo-yeon Park, a nurse in Aldmoor, pays 900 a month.", "Park said", "Seo-yeon Park"),
        ("Ji-hoon Choi runs a bakery near the station.", "said Choi", "Ji-hoon Choi"),
    )
    for intro, tail, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [name], intro


def test_a_pronoun_after_the_surname_finds_the_whole_name() -> None:
    paragraphs = [
        "Among those watching was Nam-gyu Lee, who runs a print shop.",
        f"Lee said he had cut two jobs this year. {_QUOTE} he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Nam-gyu Lee"]


def test_family_name_first_and_descriptors_are_unchanged() -> None:
    assert speakers_in_order([f"{_QUOTE} said Yoon Seo-yeon."]) == ["Yoon Seo-yeon"]
    for descriptor in ("Dallas-based", "Irish-born"):
        said = f"{_QUOTE} said {descriptor} Kim."
        assert speakers_in_order([said]) == ["Kim"], descriptor
