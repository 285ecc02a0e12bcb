"""A document "of" a body ("the preliminary report of the Rail Accident Investigation Board")
is the body's: "the report said" and "it said" after it mean the body; a document "of" a place
or of people ("a survey of Harlow residents") names no one who issued it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The signal failed to reflect the state of the line ahead of the train,”"


def test_the_document_of_a_body_speaks_for_it() -> None:
    cases = (
        (
            "The preliminary report of the Rail Accident Investigation Board was published.",
            "the report said",
            "Rail Accident Investigation Board",
        ),
        (
            "The findings of the Harbour Safety Authority came out on Monday.",
            "the findings said",
            "Harbour Safety Authority",
        ),
    )
    for intro, tail, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [name], tail


def test_it_after_the_document_of_a_body() -> None:
    lead = (
        "The preliminary report of the Rail Accident Investigation Board, published on Friday,"
        " stopped short of naming a cause. But it said the signal had"
    )
    partial = "“failed to reflect the state of the line ahead” as the train approached."
    assert speakers_in_order([f"{lead} {partial}"]) == ["Rail Accident Investigation Board"]


def test_a_document_about_a_place_people_or_body_names_no_issuer() -> None:
    for intro, tail in (
        ("A survey of Harlow residents was published on Monday.", "the survey said"),
        ("A review of the Tarnby Water Company was ordered last year.", "the review said"),
        ("An audit of the Harbour Safety Authority found gaps.", "the audit said"),
    ):
        assert speakers_in_order([intro, f"{_QUOTE} {tail}."]) == [None], tail
