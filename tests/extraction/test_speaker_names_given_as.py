"""Someone described, then named by the name they gave: "a fighter who gave his name as X"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The city will not fall while we have bullets left,”"


def test_the_name_given_is_the_speaker_with_or_without_only() -> None:
    for credit, name in (
        ("said a fighter who gave his name as Abu Mohammed.", "Abu Mohammed"),
        ("said a nurse who gave her first name as Mariam.", "Mariam"),
        ("said a fighter who identified himself as Abu Layla.", "Abu Layla"),
        ("said a woman who was identified as Halima by her neighbours.", "Halima"),
    ):
        assert speakers_in_order([f"{_QUOTE} {credit}"]) == [name], credit


def test_a_role_given_as_is_no_name() -> None:
    for credit in (
        "said a fighter who served as a medic in the old army.",
        "said a woman who was identified as the owner of the shop.",
    ):
        assert speakers_in_order([f"{_QUOTE} {credit}"]) == [None], credit


def test_a_first_name_given_after_a_comma_is_the_speaker() -> None:
    for credit, name in (
        (
            "said a 34-year-old mother of three from Aleppo who asked to be identified only by"
            " her first name, Rana.",
            "Rana",
        ),
        ("said a fighter who gave only his first name, Karim.", "Karim"),
        ("said a nurse who wanted to be identified by her first name only, Leila.", "Leila"),
    ):
        assert speakers_in_order([f"{_QUOTE} {credit}"]) == [name], credit


def test_someone_who_withheld_the_first_name_too_keeps_no_speaker() -> None:
    credit = "said a 34-year-old mother of three who asked that her name not be used."
    assert speakers_in_order([f"{_QUOTE} {credit}"]) == [None]
