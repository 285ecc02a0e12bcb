"""A name set beside one role ("Questioned by the prosecutor, Callum Dunleavy, the foreman
said") is not the holder of the role that follows it: that role is the next subject, the one
the article introduced with it, in the headline too ("Foreman Piotr Ode tells trial …")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_REPLY = "“He told me to paint them and move on, we were weeks behind,” the {role} replied."


def test_a_role_after_an_appositive_name_is_the_headline_holder() -> None:
    for headline, role, holder, lead in (
        (
            "Foreman Piotr Szczepański tells balcony trial he warned of rust",
            "foreman",
            "Piotr Szczepański",
            "Questioned by the prosecutor, Callum Dunleavy, the foreman said he took photographs.",
        ),
        (
            "Surveyor Anneke de Witt tells inquiry she raised the alarm",
            "surveyor",
            "Anneke de Witt",
            "Pressed by the defence barrister, Tobias Arkwright, the surveyor said she had.",
        ),
        (
            "Nurse Kwabena Mensah-Ashby gives evidence at care home inquest",
            "nurse",
            "Kwabena Mensah-Ashby",
            "Asked by the coroner, Helen Strickland, the nurse said he had checked twice.",
        ),
    ):
        paragraphs = [lead, _REPLY.format(role=role)]
        assert speakers_in_order(paragraphs, headline) == [holder], role


def test_a_role_named_in_the_body_beats_the_headline() -> None:
    paragraphs = [
        "The site foreman, Marek Nowicki, took the stand after lunch.",
        "Questioned by the prosecutor, Callum Dunleavy, the foreman said he took photographs.",
        _REPLY.format(role="foreman"),
    ]
    headline = "Foreman Piotr Szczepański tells balcony trial he warned of rust"
    assert speakers_in_order(paragraphs, headline) == ["Marek Nowicki"]


def test_a_name_set_beside_its_own_role_still_holds_it() -> None:
    paragraphs = [
        "Callum Dunleavy, the prosecutor, said the photographs were taken in January.",
        "“They were taken before anyone was hurt, and they were shown to the owner,” the"
        " prosecutor said.",
    ]
    assert speakers_in_order(paragraphs) == ["Callum Dunleavy"]


def test_a_double_appositive_of_one_role_keeps_the_name() -> None:
    paragraphs = [
        "Her lawyer, Nadia Ferreira, the family solicitor, read a short statement outside.",
        "“She wants answers and she wants them this year, not in a decade,” the solicitor said.",
    ]
    assert speakers_in_order(paragraphs) == ["Nadia Ferreira"]


def test_a_role_given_only_in_the_headline_reaches_far_into_the_body() -> None:
    filler = (
        "The jury was shown drawings of the block, the order in which its balconies were"
        " fitted and the invoices for the brackets, which came from a supplier in Ostrava. "
    )
    paragraphs = [
        "A site foreman told a jury on Tuesday that he had warned his employer about rust.",
        filler * 5,
        filler * 5,
        "The foreman said he kept several pens in his van and used whichever one “was nearest"
        " to my hand at the time.”",
    ]
    headline = "Foreman Piotr Szczepański tells balcony trial he warned of rust"
    assert speakers_in_order(paragraphs, headline) == ["Piotr Szczepański"]
