""" "The club said" after a club named in full once and then by its nickname half ("Carrow
Rovers … Rovers drop to fifth") means that club, not another club named in between."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "{full} lost 2-1 to Eastmoor Town on Saturday. The winner came in the last minute, when"
    " Eastmoor defender Sam Oduya headed in a corner."
)
_CASES = [
    (
        "Carrow Rovers",
        "Rovers, who had been unbeaten in seven games, drop to fifth. In a post on their account,"
        " the club said the players had “given everything and deserved far more”.",
    ),
    (
        "Hallam Wanderers",
        "Wanderers have now lost four in a row. The club said in a statement that the manager"
        " retained “the full backing of the board and the owners”.",
    ),
    (
        "Bexley Albion",
        "It was Albion's third defeat of the month. “We are bitterly disappointed with the"
        " result and the performance,” the club wrote on its website.",
    ),
    (
        "Castleford Rangers",
        "Rangers fell to eighth. Later, the club confirmed that its captain had suffered"
        " “a serious injury to his left knee”.",
    ),
    (
        "Morley Rovers",
        "Supporters of Rovers booed at the final whistle.\n\nThe club said it was “aware of the"
        " frustration in the stands and shares it”.",
    ),
]


@pytest.mark.parametrize(("full", "said"), _CASES)
def test_the_club_is_the_one_named_by_its_nickname(full: str, said: str) -> None:
    paragraphs = [_OPENING.format(full=full), *said.split("\n\n")]
    assert speakers_in_order(paragraphs) == [full]


def test_the_other_club_named_last_is_the_club() -> None:
    paragraphs = [
        "Carrow Rovers lost 2-1 to Kestrel Wanderers. Rovers drop to fifth.",
        "Wanderers, who are top, were more cautious. The club said the win was “a good step,"
        " but only a step”.",
    ]
    assert speakers_in_order(paragraphs) == ["Kestrel Wanderers"]


def test_a_word_inside_a_longer_name_is_no_short_form() -> None:
    paragraphs = [
        "Carrow Rovers lost 2-1 on Saturday. Tickets for the Rovers Trust dinner sold out.",
        "The trust said the evening would raise “more than enough for the new minibus”.",
    ]
    assert speakers_in_order(paragraphs) == ["Rovers Trust"]
