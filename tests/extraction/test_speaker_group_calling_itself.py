"""A body brought in as "a group calling itself X", "a charity called X" or "a gang known as
X" is the one "the group", "the charity" or "the gang" means after it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Pay and the files stay with us, or the whole world reads them,”"


def test_a_body_called_something_is_the_body_its_kind_means() -> None:
    cases = (
        (
            "A group calling itself Black Lantern posted a message on Monday.",
            "the group wrote",
            "Black Lantern",
        ),
        (
            "A charity called Open Hands Trust runs the food bank.",
            "the charity said",
            "Open Hands Trust",
        ),
        (
            "A group known as Citizens for Clean Air filed the suit.",
            "the group said",
            "Citizens for Clean Air",
        ),
        (
            "The data was sold by a company named Varnley Analytics.",
            "the company said",
            "Varnley Analytics",
        ),
    )
    for intro, tail, name in cases:
        paragraphs = [
            "The attack hit Harrowgate General Hospital early on Sunday.",
            f"{intro} {_QUOTE} {tail}.",
        ]
        assert speakers_in_order(paragraphs) == [name], intro


def test_a_person_called_something_is_no_body() -> None:
    paragraphs = [
        "The attack hit Harrowgate General Hospital early on Sunday.",
        f"A hacker calling himself Nightjar posted a message. {_QUOTE} the group wrote.",
    ]
    assert speakers_in_order(paragraphs) != ["Nightjar"]
