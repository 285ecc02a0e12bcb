"""A body whose name holds no word for a body ("Médecins Sans Frontières") is "the charity"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our staff were inside when the first shell landed on the ward,”"


def test_the_charity_or_group_is_the_name_that_said_its() -> None:
    for opening, noun, body in (
        (
            "Médecins Sans Frontières said its clinic was shelled.",
            "the charity",
            "Médecins Sans Frontières",
        ),
        (
            "Doctors Without Borders (MSF) said its clinic was shelled.",
            "the group",
            "Doctors Without Borders",
        ),
        ("Oxfam said it had pulled its staff out of Kerrin.", "the charity", "Oxfam"),
    ):
        paragraphs = [opening, f"{_QUOTE} {noun} said."]
        assert speakers_in_order(paragraphs) == [body], opening


def test_a_person_whose_first_name_no_list_knows_is_not_the_group() -> None:
    paragraphs = [
        "Amadou Sall said the count had been a fraud from the start.",
        f"{_QUOTE} the group said.",
    ]
    assert speakers_in_order(paragraphs) == [None]
