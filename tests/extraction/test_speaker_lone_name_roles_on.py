"""A lone name no list knows, described by a role followed by "on" or "with" ("Hamida, a packer
on the night shift, was less sure. She said … “…,” she said."), is a person, so the pronoun
after it is hers, not the last woman named with a listed first name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Marisol Ortega-Quinn, the union’s lead negotiator, said the deal was fair. “Our members"
    " stood on a picket line in the rain three times to get it,” she said."
)


def test_a_lone_name_with_a_role_on_or_with_something_takes_the_pronoun() -> None:
    for described, pronoun in (
        ("Hamida, a packer on the night shift,", "She"),
        ("Oyelola, a driver on the early route,", "She"),
        ("Tahmina, a cleaner with two young sons,", "She"),
        ("Dariusz, a fitter on the wafer line,", "He"),
    ):
        name = described.split(",")[0]
        paragraphs = [
            _BEFORE,
            f"{described} was less sure. {pronoun} said the premium should have been doubled."
            f" “Nights are where they can’t get people,” {pronoun.lower()} said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == name, described


def test_a_place_described_on_something_is_no_person() -> None:
    paragraphs = [
        _BEFORE,
        "Tolworth, a town on the ring road, has lost three factories. She said the premium"
        " should have been doubled. “Nights are where they can’t get people,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Marisol Ortega-Quinn"
