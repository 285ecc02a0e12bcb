"""A sentence opening with a club or firm, a role and a full name ("Castlebridge manager Marcus
Fairlie took over in November.") has the person as its subject, so a "He said his squad had
“…”" after it is theirs, not the club's; a sentence whose first name is a person keeps that
person, and "Writing for X, Y" is no role."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CLUB = "Castlebridge United are back in the top flight after six years away."


@pytest.mark.parametrize(
    ("opening", "pronoun", "expected"),
    [
        ("Castlebridge manager Marcus Fairlie took over in November.", "He", "Marcus Fairlie"),
        ("Castlebridge captain Ruth Ogunleye lifted the trophy at dusk.", "She", "Ruth Ogunleye"),
        (
            "Castlebridge chairman Idris Kamara-Lowe watched from the stand.",
            "He",
            "Idris Kamara-Lowe",
        ),
    ],
)
def test_the_person_after_a_club_and_role_is_the_subject(
    opening: str, pronoun: str, expected: str
) -> None:
    paragraph = (
        f"{opening} {pronoun} said the squad had “earned every single point of this on the "
        "training ground” and praised the young players."
    )
    assert speakers_in_order([_CLUB, paragraph]) == [expected]


def test_a_person_opening_the_sentence_keeps_it() -> None:
    paragraph = (
        "Marcus Fairlie told reporter Jane Doyle he was staying. He said the squad had “earned "
        "every single point of this on the training ground” and left."
    )
    assert speakers_in_order([_CLUB, paragraph]) == ["Marcus Fairlie"]
