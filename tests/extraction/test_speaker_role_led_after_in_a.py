"""A document brought in by an opening "In a blog post …," whose writer is named after their
body and role ("In a blog post explaining the investment, Ardent Ridge partner Imani
Castellanos-Webb wrote that …") is the writer's: "“…,” the post reads." is hers, not the firm's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“What struck us was not the technology, which is good, but the retention,”"


def test_the_writer_named_after_a_body_and_role_owns_the_document() -> None:
    for opening, document, name in (
        ("In a blog post explaining the investment, Ardent Ridge partner Imani Castellanos-Webb"
         " wrote", "post", "Imani Castellanos-Webb"),
        ("In a memo to staff, Halvora chief executive Ines Marlow wrote", "memo", "Ines Marlow"),
        ("In a letter to shareholders, Quarry Lane Capital founder Dmitri Auclair wrote",
         "letter", "Dmitri Auclair"),
        ("In an email to investors, Tillpoint founder Amara Osei wrote", "email", "Amara Osei"),
    ):
        paragraphs = [
            f"{opening} that the firm had looked at a dozen companies. {_QUOTE} the"
            f" {document} reads."
        ]
        assert speakers_in_order(paragraphs)[-1] == name, opening


def test_a_body_writing_by_itself_still_owns_it() -> None:
    paragraphs = [
        "In a blog post, Ardent Ridge Ventures said it had looked at a dozen companies."
        f" {_QUOTE} the post reads."
    ]
    assert speakers_in_order(paragraphs)[-1] == "Ardent Ridge Ventures"
