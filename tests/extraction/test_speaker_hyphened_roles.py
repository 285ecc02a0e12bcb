"""A role written with a hyphen ("co-chair", "vice-president", "co-founder") after a possessive or
"its" names the person set off by commas after it ("said the union’s co-chair, Terrence
Obi-Lachance, a retired bus mechanic."), as a role of one word does, not the last person quoted."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Beatriz Almanza told the committee she had started looking at flats elsewhere. “I clean"
    " offices downtown at night and I cannot move away,” she said."
)
_QUOTE = "“This is not a market adjustment. It is an eviction notice,”"


def test_a_hyphened_role_after_a_possessive_names_the_person_after_it() -> None:
    for tail, name in (
        ("said the union’s co-chair, Terrence Obi-Lachance, a retired bus mechanic.",
         "Terrence Obi-Lachance"),
        ("said its vice-chair, Ngozi Adeyemi-Kraus.", "Ngozi Adeyemi-Kraus"),
        ("said the association’s vice-president, Lars Pettersen.", "Lars Pettersen"),
        ("said the firm’s co-founder, Ama Lindqvist, who left in 2021.", "Ama Lindqvist"),
        ("said Tolvane’s co-owner, Haruto Kimura.", "Haruto Kimura"),
    ):
        paragraphs = [
            _BEFORE,
            f"The tenants’ union wants a cap on the increase. {_QUOTE} {tail}",
        ]
        assert speakers_in_order(paragraphs)[-1] == name, tail


def test_a_one_word_role_still_names_the_person() -> None:
    paragraphs = [_BEFORE, f"The union wants a cap. {_QUOTE} said its chair, Terrence Obi."]
    assert speakers_in_order(paragraphs)[-1] == "Terrence Obi"


def test_a_hyphened_role_with_no_name_after_it_names_no_one_new() -> None:
    paragraphs = [_BEFORE, f"The union wants a cap. {_QUOTE} said the union’s co-chair."]
    assert speakers_in_order(paragraphs)[-1] != "Terrence Obi-Lachance"
