"""A reported clause whose subject is a thing of a thing ("said the size of the fine reflected
“…”") carries the words of the one who said it, as "said the plan reflects “…”" does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "At a press briefing, the commission’s deputy head of enforcement, Ravindra Sethi, said"
        " the size of the fine reflected “the sensitivity of the data rather than the numbers.”",
        "Ravindra Sethi",
    ),
    (
        "Tomasz Wiel said the scale of the damage showed “how little the owners had spent on"
        " the roof.”",
        "Tomasz Wiel",
    ),
    (
        "Ana Ruiz said the length of its report reflected “a council that has finally woken up"
        " to the problem.”",
        "Ana Ruiz",
    ),
    (
        "At the hearing, Judge Efua Mensah said the timing of their appeal suggested “a wish to"
        " delay rather than a real grievance.”",
        "Efua Mensah",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), _CASES)
def test_a_thing_of_a_thing_carries_the_sayers_words(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]


def test_a_person_of_a_body_in_the_clause_still_speaks() -> None:
    paragraph = (
        "Ana Ruiz said the head of the union, Tom Baker, had told her the plan was “dead in the"
        " water from the very first day.”"
    )
    assert speakers_in_order([paragraph]) != [None]
