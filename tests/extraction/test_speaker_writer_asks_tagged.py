"""Whom the writer asks in the sentence before a quote ("I ask Ann Ode whether she will ever
retire. “…,” she says.") answers it when the pronoun after the quote fits them, not the one
quoted last; a title or a nickname's first word before the name ("Mr Okonjo", "Papa Emeka")
is read through to the person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FAMILY = [
    "Chukwuemeka Okonjo, 83, still sorts the screws. His grandchildren call him Papa Emeka. "
    "“A screw in the wrong drawer is a lie waiting to be told,” he says.",
    "His son Ifeanyi, 55, runs the shop now. “Dad never retired, he just started arriving "
    "later,” Ifeanyi says.",
]
_ANSWER = "“When the last screw in the shop is sold,” he says."


@pytest.mark.parametrize("asked", ["Chukwuemeka", "Mr Okonjo", "Papa Emeka"])
def test_the_one_the_writer_asks_answers(asked: str) -> None:
    paragraphs = [*_FAMILY, f"I ask {asked} whether he will ever retire. {_ANSWER}"]
    assert speakers_in_order(paragraphs)[-1] == "Chukwuemeka Okonjo"


def test_we_asked_a_minister() -> None:
    paragraphs = [
        "Ruth Abara, the health minister, opened the ward. Tomas Berg, her deputy, was there.",
        "We asked Abara if the ward would stay open. “It will stay open as long as I am the "
        "minister,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Abara"]
