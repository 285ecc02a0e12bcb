"""A state's body named by its country's possessive ("Varnesh’s foreign ministry said") speaks
as written, not as no one; and "said in a statement posted on its website that …" is the
subject's, not the statement's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_countrys_body_by_its_possessive_speaks_as_written() -> None:
    for body in (
        "Varnesh’s foreign ministry",
        "Doravia's defence ministry",
        "Ostravia’s government",
        "Kethren’s army",
    ):
        paragraph = (
            f"{body} said the other side had “refused to engage with any of the proposals on the"
            " table.”"
        )
        assert speakers_in_order([paragraph]) == [body], body


def test_a_persons_team_by_a_possessive_is_not_a_state_body() -> None:
    paragraph = (
        "Maria’s army of volunteers said the clean-up had “taken every weekend since the flood"
        " and then some.”"
    )
    assert speakers_in_order([paragraph]) != ["Maria’s army"]


def test_said_in_a_statement_posted_on_its_website_is_the_subjects() -> None:
    for subject, name in (
        ("Varnesh’s foreign ministry", "Varnesh’s foreign ministry"),
        ("The Harbour Board", "Harbour Board"),
    ):
        for participle in ("posted", "published"):
            paragraph = (
                f"{subject} said in a statement {participle} on its website that the Doravian"
                " delegation had “refused to engage with any of the proposals on the table.”"
            )
            assert speakers_in_order([paragraph]) == [name], (subject, participle)


def test_a_document_from_a_countrys_body_by_its_adjective_is_that_body() -> None:
    for body in ("Castellan presidency", "Ostranan foreign ministry"):
        paragraphs = [
            f"The leaders agreed to restore ambassadors, according to a readout from the {body}.",
            "The readout said the two leaders had discussed “the full normalisation of relations,"
            " starting with the return of ambassadors.”",
        ]
        assert speakers_in_order(paragraphs) == [body], body


def test_a_document_from_a_named_body_keeps_its_name() -> None:
    paragraphs = [
        "The leaders agreed to meet again, according to a statement from the Harbour Board.",
        "The statement said the two sides had discussed “the full normalisation of relations,"
        " starting with the ports.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Board"]


def test_a_countrys_body_by_its_adjective_speaks_whole() -> None:
    for body in ("Ostranan presidency", "Castellan foreign ministry"):
        paragraph = f"The {body} said the call had been “warm, businesslike and long overdue.”"
        assert speakers_in_order([paragraph]) == [body], body
