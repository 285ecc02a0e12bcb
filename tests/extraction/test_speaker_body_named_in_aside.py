"""A body named at the end of an aside about a person ("Tom Ashdown, regional organiser for the
union Unite, said …") is not the subject of the verb after the aside: a pronoun's quote after
it is the person's; a name after a role and its comma still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our members have been writing these warnings down for three years now,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "expected"),
    [
        (
            "Tom Ashdown, regional organiser for the health workers' union Unity Care, said"
            " his members had raised the same concerns.",
            "he",
            "Tom Ashdown",
        ),
        (
            "Maria Lopes, a spokeswoman for the union Harbour Voice, said her members were angry.",
            "she",
            "Maria Lopes",
        ),
        (
            "Kwame Mensah, an organiser with the charity Hope Rising, told reporters the"
            " cuts would hurt.",
            "he",
            "Kwame Mensah",
        ),
        (
            "Ingrid Solberg, chief negotiator for the union Unite, said talks had stalled.",
            "she",
            "Ingrid Solberg",
        ),
        (
            "Rahul Desai, a senior adviser at the think tank Bright Street, warned that"
            " prices would rise.",
            "he",
            "Rahul Desai",
        ),
    ],
)
def test_the_person_before_the_aside_speaks(sentence: str, pronoun: str, expected: str) -> None:
    assert speakers_in_order([sentence, f"{_QUOTE} {pronoun} said."]) == [expected]


def test_a_name_after_a_role_still_speaks() -> None:
    sentence = "The union's chief negotiator, Ana Ruiz, said talks had stalled."
    assert speakers_in_order([sentence, f"{_QUOTE} she said."]) == ["Ana Ruiz"]
