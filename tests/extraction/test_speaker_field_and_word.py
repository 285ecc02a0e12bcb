"""A body whose field ends in one common word after "and" ("Department of Housing and
Communities", "Ministry of Trade and Industry") keeps its whole name, while a second body, a
person or a place after the "and" is not taken into the first."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_SAID = "The {name} said the programme remained “on track to deliver 9,000 homes by 2030.”"


def test_a_one_word_field_after_and_stays_in_the_name() -> None:
    for name in (
        "Department of Housing and Communities",
        "Ministry of Trade and Industry",
        "Department for Culture and Sport",
        "Ministry of Labour and Employment",
    ):
        assert speakers_in_order([_SAID.format(name=name)]) == [name], name


def test_a_second_body_after_and_is_not_joined() -> None:
    for name, speaker in (
        ("Department of Justice and Congress", "Congress"),
        ("Ministry of Defence and Police", "Police"),
    ):
        assert speakers_in_order([_SAID.format(name=name)]) == [speaker], name


def test_a_two_word_field_is_unchanged() -> None:
    name = "Department of Health and Social Care"
    assert speakers_in_order([_SAID.format(name=name)]) == [name]
