"""Irish surnames whose second word takes a lower-case "h" before a vowel after "Ó", "Ní" or
"Ua" ("Ó hAodha", "Ní hÉalaí") are read whole, as "Ó Dálaigh" is."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Growth has been flat for two quarters and nobody should pretend otherwise,”"


def test_surnames_with_a_prefixed_h_are_kept_whole() -> None:
    cases = (
        (
            "But Dermot Ó hAodha of Quaystone Economics disagreed.",
            "Ó hAodha said",
            "Dermot Ó hAodha",
        ),
        (
            "Síle Ní hÉalaí, an economist at Tallow Bank, was blunter.",
            "Ní hÉalaí said",
            "Síle Ní hÉalaí",
        ),
        ("Cathal Ó hAnluain runs a bakery in Aldmoor.", "said Ó hAnluain", "Cathal Ó hAnluain"),
    )
    for intro, tail, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [name], tail


def test_the_full_name_after_the_quote() -> None:
    said = f"{_QUOTE} said Úna Ní hUallacháin, who chairs the committee."
    assert speakers_in_order([said]) == ["Úna Ní hUallacháin"]


def test_names_without_the_prefix_are_unchanged() -> None:
    cases = (
        ("Dermot Ó Briain of Quaystone Economics disagreed.", "Ó Briain said", "Dermot Ó Briain"),
        ("Aoife Ní Bhriain runs a bakery.", "Ní Bhriain said", "Aoife Ní Bhriain"),
    )
    for intro, tail, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [name], tail
