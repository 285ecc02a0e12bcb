"""A sentence about someone left unnamed between two quotes ("His neighbour agrees.", "Some
disagree.") ends what the first speaker says: the next quote is that unnamed person's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = "“We will finish the work we started together four years ago.”"
_SECOND = "“Nobody in this town has been told the truth about the plant.”"


@pytest.mark.parametrize("between", ["His neighbour agrees.", "Her landlord is less sure."])
def test_an_unnamed_person_in_the_paragraph_between_takes_the_next_quote(between: str) -> None:
    paragraphs = ["Tom Ode is blunt about the plant.", _FIRST, between, _SECOND]
    assert speakers_in_order(paragraphs) == ["Tom Ode", None]


@pytest.mark.parametrize("between", ["Some disagree.", "Many say otherwise."])
def test_people_left_unnamed_before_the_quote_in_its_paragraph(between: str) -> None:
    paragraphs = ["Tom Ode is blunt about the plant. " + _FIRST, between + " " + _SECOND]
    assert speakers_in_order(paragraphs) == ["Tom Ode", None]


@pytest.mark.parametrize("between", ["He smiled.", "Some schools closed early that year."])
def test_a_sentence_about_no_one_new_keeps_the_speaker(between: str) -> None:
    paragraphs = ["Tom Ode is blunt about the plant.", _FIRST, between, _SECOND]
    assert speakers_in_order(paragraphs) == ["Tom Ode", "Tom Ode"]
