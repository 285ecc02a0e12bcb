"""The Welsh particles "ap" and "ferch" stay inside a name ("Rhys ap Gwilym")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We should have been out of sight by the final whistle,”"


def test_a_welsh_particle_keeps_the_whole_name() -> None:
    for name in ("Rhys ap Gwilym", "Dafydd ap Rhodri", "Elin ferch Owain", "Iolo ap Dafydd"):
        assert speakers_in_order([f"{_QUOTE} said {name}, the captain."]) == [name], name


def test_the_surname_with_its_particle_means_the_person_named_before() -> None:
    paragraphs = [
        "The club captain, Rhys ap Gwilym, limped off late on.",
        f"{_QUOTE} ap Gwilym said.",
        "Elin ferch Owain, the coach, was calmer.",
        f"{_QUOTE} said ferch Owain.",
    ]
    assert speakers_in_order(paragraphs) == ["Rhys ap Gwilym", "Elin ferch Owain"]


def test_a_role_given_to_the_name_means_that_person() -> None:
    paragraphs = [
        "The shot deflected off the home captain, Rhys ap Gwilym, and in.",
        "Striker Kofi Adjei equalised from the spot.",
        f"{_QUOTE} the home captain admitted.",
    ]
    assert speakers_in_order(paragraphs) == ["Rhys ap Gwilym"]


def test_names_without_a_particle_are_untouched() -> None:
    assert speakers_in_order([f"{_QUOTE} said Gwen Apperley, the coach."]) == ["Gwen Apperley"]
    assert speakers_in_order([f"{_QUOTE} said Owain Glyn, the coach."]) == ["Owain Glyn"]
