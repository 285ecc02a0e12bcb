"""A role-noun tag ("the chief executive said") means one given that role in apposition by a
single given name ("Fatima, the chief executive of Pellham Freight,"), not an earlier speaker
or the firm the role is of."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“Every option is still on the table,” said Osric Vandermeer, who chairs the board."
_QUOTE = "“Nobody here expected the orders to fall so quickly,”"


@pytest.mark.parametrize(
    ("introduction", "tag", "speaker"),
    [
        ("Fatima, the chief executive of Pellham Freight, met staff on Monday.",
         "the chief executive said", "Fatima"),
        ("Liam, the managing director at Orrin Textiles, toured the mill.",
         "the managing director told reporters", "Liam"),
        ("Beatriz, the head teacher of Castlebrook Primary, wrote to parents.",
         "the head teacher added", "Beatriz"),
        ("Kwame, 52, the club secretary, opened the meeting.", "the secretary said", "Kwame"),
    ],
)
def test_a_role_tag_means_the_given_name_set_beside_it(
    introduction: str, tag: str, speaker: str
) -> None:
    paragraphs = [introduction, _OPENING, f"{_QUOTE} {tag}."]
    assert speakers_in_order(paragraphs) == ["Osric Vandermeer", speaker]


def test_a_role_opening_the_sentence_after_a_quote_means_the_given_name() -> None:
    paragraphs = [
        "Ingrid, the site manager at Holloway Quarry, was on shift.",
        _OPENING,
        f"The site manager said: {_QUOTE[:-2]}.”",
    ]
    assert speakers_in_order(paragraphs) == ["Osric Vandermeer", "Ingrid"]


def test_a_full_name_stays_whole_and_a_word_that_is_no_name_is_not_kept() -> None:
    full = [
        "Rafi Dunmore, the chief executive of Pellham Freight, met staff on Monday.",
        _OPENING,
        f"{_QUOTE} the chief executive said.",
    ]
    assert speakers_in_order(full) == ["Osric Vandermeer", "Rafi Dunmore"]
    no_name = [
        "However, the chief executive of Pellham Freight met staff on Monday.",
        _OPENING,
        f"{_QUOTE} the chief executive said.",
    ]
    assert speakers_in_order(no_name)[-1] != "However"


def test_an_earlier_speaker_holding_the_role_keeps_it() -> None:
    paragraphs = [
        "Fatima, the chief executive of Pellham Freight, met staff on Monday.",
        "“Every option is still on the table,” said Osric Vandermeer, the chief executive.",
        f"{_QUOTE} the chief executive said.",
    ]
    assert speakers_in_order(paragraphs) == ["Osric Vandermeer", "Osric Vandermeer"]


def test_a_surname_before_a_clause_opened_by_the_role_is_not_the_role() -> None:
    paragraphs = [
        "Tobias Wrenfield, the founder of the Corvane token, denies fraud. Prosecutor Ysolde"
        " Marchetti read his messages to the jury.",
        "In another message, also read out by Marchetti, the founder told a friend: “Nobody is"
        " ever going to check where the volume came from.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tobias Wrenfield"]
