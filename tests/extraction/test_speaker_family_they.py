"""A "they" after a sentence opened by a family ("Wierzbicki’s family described him as …") is the
family's, no one person's: not the police the statement was released through, nor a body
quoted before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_POLICE = (
    "In a statement, Merriton Police said officers had arrested a driver on Sunday. “The car had"
    " been partly burnt out when officers found it,” the statement reads."
)
_QUOTE = "“Tomasz never missed a shift. We do not know how we will get through this.”"


@pytest.mark.parametrize(
    "family",
    [
        "Wierzbicki’s family described him as a gentle and stubborn man.",
        "The Wierzbicki family asked for privacy.",
        "His relatives gathered at the bakery on Monday.",
    ],
)
def test_they_after_a_family(family: str) -> None:
    paragraphs = [_POLICE, f"{family} In a statement released through police, they said: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == ["Merriton Police", None]


def test_they_after_the_police_stays_theirs() -> None:
    paragraphs = [
        _POLICE,
        f"Officers closed the road for six hours. In a later statement, they said: {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Merriton Police", "Merriton Police"]
