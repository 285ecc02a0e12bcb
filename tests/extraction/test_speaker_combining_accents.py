"""Names written with combining accents, as Yoruba tone marks often are ("Adébáyọ̀": "ọ" then a
combining grave), or opening with a capital of Latin Extended Additional ("Ọláwálé", "Ṣadé"),
are read whole, and their surnames find the full name again."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We fought it with buckets of water from the gutter all night,”"


def test_a_name_with_combining_accents_is_whole() -> None:
    paragraphs = [
        "“Everything I owned was in that shop, every last thing,” said Adébáyọ̀ Ògúnlẹ̀sí.",
        f"Ògúnlẹ̀sí said no fire engine came. {_QUOTE} Ògúnlẹ̀sí said.",
    ]
    assert speakers_in_order(paragraphs) == ["Adébáyọ̀ Ògúnlẹ̀sí"] * 2


def test_names_opening_with_extended_capitals() -> None:
    cases = (
        (f"{_QUOTE} said Ọláwálé Àdìgún, a tailor.", "Ọláwálé Àdìgún"),
        (f"{_QUOTE} said Ṣadé Ẹniọlá, who chairs the association.", "Ṣadé Ẹniọlá"),
        (f"Ẹniọlá Bámidélé runs a stall. {_QUOTE} Bámidélé said.", "Ẹniọlá Bámidélé"),
    )
    for text, name in cases:
        assert speakers_in_order([text]) == [name], name


def test_precomposed_names_are_unchanged() -> None:
    assert speakers_in_order([f"{_QUOTE} said Adébáyọ Ògúnlẹsí."]) == ["Adébáyọ Ògúnlẹsí"]
