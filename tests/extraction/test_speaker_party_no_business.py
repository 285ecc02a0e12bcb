"""A political party is no charity or company: "the charity said" or "the company said" after
a party named last means the charity or company named before it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“People were setting off long before anyone came to help them,”"
_MP = "“Every rescue is an advertisement for the smugglers,” said Ilse Marrow, an MP for the {}."


def test_the_charity_or_company_skips_a_party_named_after_it() -> None:
    cases = (
        (
            "The ship is run by the charity Open Waters.",
            "Homeland Party",
            "the charity",
            "Open Waters",
        ),
        (
            "Greyfield Holdings owns the port.",
            "National Renewal Party",
            "the company",
            "Greyfield Holdings",
        ),
        (
            "Brightwell Trust runs the night shelter.",
            "Liberty Party",
            "the charity",
            "Brightwell Trust",
        ),
    )
    for intro, party, noun, name in cases:
        paragraphs = [intro, _MP.format(party), f"{_QUOTE} {noun} said in a reply."]
        assert speakers_in_order(paragraphs) == ["Ilse Marrow", name], noun


def test_the_party_and_the_group_still_find_the_party() -> None:
    paragraphs = [
        "The ship is run by the charity Open Waters.",
        _MP.format("Homeland Party"),
        f"{_QUOTE} the party said in a reply.",
    ]
    assert speakers_in_order(paragraphs) == ["Ilse Marrow", "Homeland Party"]


def test_only_a_party_named_leaves_the_charity_unnamed() -> None:
    paragraphs = [_MP.format("Homeland Party"), f"{_QUOTE} the charity said."]
    assert speakers_in_order(paragraphs)[1] is None
