"""A capitalised word and a role before a name set off by commas ("Longtime attendee Ann Lee,
54, said …") is that person's: the opening word is no one's name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FIRST = "The singer played for two hours. “You lot are mad and I love every one of you,” she said."
_PARTIAL = "the queues for the buses were “the worst I have seen in eleven years of coming here.”"


def test_a_role_after_a_capitalised_word_then_the_name_and_age() -> None:
    for lead, name in (
        ("Longtime attendee Bartholomew Okonkwo-Reid, 54, said", "Bartholomew Okonkwo-Reid"),
        ("Longtime fan Mirela Petrescu, 38, said", "Mirela Petrescu"),
        ("Veteran steward Ilse Brandt, 61, told reporters", "Ilse Brandt"),
        ("Regular visitor Hana Sato, a teacher from Dunmore, said", "Hana Sato"),
    ):
        paragraphs = [_FIRST, f"{lead} {_PARTIAL}"]
        assert speakers_in_order(paragraphs)[1] == name, lead


def test_a_name_after_a_verb_is_not_taken_for_the_subject() -> None:
    paragraphs = [_FIRST, f"Gallagher told Ann Ode, 54, that {_PARTIAL}"]
    assert speakers_in_order(paragraphs)[1] == "Gallagher"


def test_a_role_opener_without_an_age_still_reads() -> None:
    paragraphs = [_FIRST, f"Longtime attendee Kofi Mensah said {_PARTIAL}"]
    assert speakers_in_order(paragraphs)[1] == "Kofi Mensah"
