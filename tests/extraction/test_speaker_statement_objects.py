"""A statement whose sentence names a body only as the object of its verb ("In a statement,
her family thanked the Bahrani government"): the body's modifier is no one who issued it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“It was the longest year of our lives,” said Lucía Ferrer Ortega, his mother."


def test_a_modifier_of_a_body_thanked_is_not_the_issuer() -> None:
    paragraphs = [
        _OPENING,
        "In a statement released through the embassy, her family thanked the Bahrani"
        " government and asked for privacy. “Haruka needs time to rest with the people who"
        " love her,” the statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lucía Ferrer Ortega", None]


def test_a_body_of_another_kind_after_the_verb() -> None:
    paragraphs = [
        _OPENING,
        "In a statement read outside the court, their lawyer thanked the Velmaran police for"
        " their work. “The family will say nothing more until the trial has ended,” the"
        " statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lucía Ferrer Ortega", None]


def test_a_role_and_a_name_after_the_opening_still_issue_it() -> None:
    paragraphs = [
        _OPENING,
        "In a statement on Monday, the club's chairman, Piet Hagedoorn, thanked the supporters."
        " “We owe every one of you a better season than this one,” the statement said.",
        "In a letter to staff, chief executive Moira Kent apologised for the delay. “We got"
        " this wrong and we will put it right this year,” the letter said.",
    ]
    assert speakers_in_order(paragraphs) == ["Lucía Ferrer Ortega", "Piet Hagedoorn", "Moira Kent"]
