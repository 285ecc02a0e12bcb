"""A quote credited to a copy of someone's document ("according to a copy of its final
proposal seen by reporters") is the document's owner's: the body or person the pronoun means,
opening the sentence; who saw the copy did not say it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "Classes were cancelled at every school run by Marlow County Public Schools on Monday.",
        "The district has offered 3 percent and a promise to “review class sizes where budgets"
        " allow,” according to a copy of its final proposal seen by reporters.",
        "Marlow County Public Schools",
    ),
    (
        "The homewares chain Parkway Living closed its website on Monday.",
        "The company has offered refunds and a pledge to “check every order placed this week,”"
        " according to a copy of its letter obtained by the Courier.",
        "Parkway Living",
    ),
    (
        "The mayor, Ingrid Solheim, wrote to residents on Monday.",
        "She has offered a rent freeze and a pledge to “look again at every eviction this winter,”"
        " according to a copy of her letter seen by the Gazette.",
        "Ingrid Solheim",
    ),
    (
        "Workers at the Carrow Port Authority walked out on Friday.",
        "The authority has offered a bonus and a promise to “revisit the rota by the summer,”"
        " according to a copy of its proposal shared with reporters.",
        "Carrow Port Authority",
    ),
    (
        "The council leader, Rahul Mehta, faced questions on Tuesday.",
        "He has proposed a levy and a plan to “keep every library open for another year,”"
        " according to a copy of his memo seen by the Echo.",
        "Rahul Mehta",
    ),
]


@pytest.mark.parametrize(("before", "said", "owner"), _CASES)
def test_a_copy_of_its_document_is_its_owners(before: str, said: str, owner: str) -> None:
    assert speakers_in_order([before, said]) == [owner]


def test_the_outlet_that_saw_the_copy_did_not_say_it() -> None:
    paragraphs = [
        "The Harbour Courier reported the plans on Sunday.",
        "The proposal includes a pledge to “close two depots by the end of the year,” according"
        " to a copy seen by the Courier.",
    ]
    assert speakers_in_order(paragraphs) != ["Harbour Courier"]
