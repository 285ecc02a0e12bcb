"""A broadcaster's correction read out by a presenter and quoted around "it said" ("The
correction was read by the presenter X at the top of Monday’s bulletin. “A,” it said. “B.”")
is the broadcaster's: a correction or clarification is a statement of whoever issued it, a
day before a bulletin ("Monday’s bulletin") owns nothing, and "it said" between the halves
of a split quote is read like one after a whole quote."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ISSUED = (
    "Northway News, the country’s largest commercial broadcaster, has issued an on-air and"
    " online correction after its evening bulletin showed old footage."
)
_SPLIT = (
    "“In our report on Thursday we broadcast pictures of the wrong hospital,” it said. “Those"
    " pictures were in fact filmed three years ago.”"
)


@pytest.mark.parametrize(
    "reading",
    [
        "The correction was read by the presenter Imogen Adeyemi-Strand at the top of Monday’s"
        " bulletin.",
        "The correction was read out at the start of Tuesday’s late bulletin.",
        "The correction, read by Imogen Adeyemi-Strand, ran for forty seconds.",
    ],
)
def test_the_correction_is_the_broadcasters(reading: str) -> None:
    assert speakers_in_order([_ISSUED, f"{reading} {_SPLIT}"]) == ["Northway News"]


def test_a_clarification_is_its_issuers_too() -> None:
    paragraphs = [
        "The Calverton Standard published a clarification on Sunday after complaints.",
        "The clarification was brief. “An earlier version of this review misnamed the chef,” it"
        " read.",
    ]
    assert speakers_in_order(paragraphs) == ["Calverton Standard"]


def test_a_statement_split_around_it_said_is_its_issuers() -> None:
    paragraphs = [
        "The Harbour Board issued a statement on Monday night.",
        "The statement was read by a spokesman outside the office. “The ferry will not sail"
        " this week,” it said. “Passengers will be refunded in full.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Board"]


def test_a_presenter_speaking_in_her_own_words_keeps_them() -> None:
    paragraphs = [
        _ISSUED,
        "The presenter Imogen Adeyemi-Strand read it at the top of Monday’s bulletin. “I am"
        " sorry we got this wrong, and I am sorry to the hospital,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Imogen Adeyemi-Strand"]
