"""A court's majority opinion read out after a quote ("“…,” the majority opinion reads.") is the
court's words, as "the majority wrote" is; an opinion of nobody's bench is no one's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "The Marrow State Supreme Court on Friday struck down a law on protest camps, ruling 4-3."


@pytest.mark.parametrize(
    "tail",
    [
        "the majority opinion reads",
        "the majority opinion read",
        "the 4-3 majority opinion reads",
        "the court’s majority opinion reads",
        "the plurality opinion reads",
    ],
)
def test_majority_opinion_is_the_courts(tail: str) -> None:
    paragraphs = [
        _LEDE,
        f"“A rule that punishes the speaker for the anger of the crowd cannot stand,” {tail}.",
    ]
    assert speakers_in_order(paragraphs) == ["Marrow State Supreme Court"]


@pytest.mark.parametrize("tail", ["the public opinion reads", "the legal opinion reads"])
def test_other_opinions_stay_unnamed(tail: str) -> None:
    paragraphs = [
        _LEDE,
        f"“A rule that punishes the speaker for the anger of the crowd cannot stand,” {tail}.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_footnote_the_majority_wrote_is_the_courts() -> None:
    paragraphs = [
        _LEDE,
        "In a footnote, the majority said police may still clear a camp after a hearing."
        " “Nothing in this opinion stops a judge from ordering a camp to move,” the footnote"
        " reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Marrow State Supreme Court"]


def test_footnote_of_a_named_body_is_theirs() -> None:
    paragraphs = [
        _LEDE,
        "In a footnote, the Harbour Rights Institute said its figures were rounded. “Nothing in"
        " these figures counts people who left the camps before May,” the footnote reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Rights Institute"]
