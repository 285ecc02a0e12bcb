"""Quotes inside a clause reported by a named person whose own subject is a thing."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_thing_inside_a_named_persons_reported_clause_carries_their_words() -> None:
    paragraphs = [
        "Tom Hale said that the plan reflects “a long fight for the river.”",
        "Marta Keel agrees, noting that the levy not only shows the need but also"
        " “a town that finally wants its harbour back.”",
        "Dina Ross wrote that the budget says “nothing at all about the ferries.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale", "Marta Keel", "Dina Ross"]


def test_an_appositive_subject_still_owns_the_reported_clause() -> None:
    paragraphs = [
        "The board met in May. Its deputy chair, Tom Hale, agrees, noting that the new levy"
        " also reflects “years of patient work by the fishermen.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale"]


def test_a_thing_as_the_only_subject_names_no_one() -> None:
    paragraphs = [
        "Tom Hale chairs the board.",
        "Immunology department stewards wrote that “the ward is short of staff every night.”",
        "The spokesperson says the first article the agency posted was “only a list of ferries.”",
    ]
    assert speakers_in_order(paragraphs) == [None, None]
