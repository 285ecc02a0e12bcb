"""An owner's lawyers speak for the owner ("Brightwell Energy's lawyers argued that “…”"), and a
name in an absolute clause of naming says the quote ("Shares rose, with Halden Bank calling the
deal “…”"); a crowd doing the naming, or someone else's co-star, stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Brightwell Energy's lawyers argued in a filing that “the customer was told clearly"
            " about every fee before signing.”",
            "Brightwell Energy",
        ),
        (
            "In a letter, Marlow Rail's attorneys replied that “the company has met each duty it"
            " owes under the deal.”",
            "Marlow Rail",
        ),
        (
            "Nordvik Bank’s solicitors wrote that “the account holder agreed to the new terms in"
            " writing.”",
            "Nordvik Bank",
        ),
        (
            "Ottilie Brandt's co-star wrote that “nobody on the set had heard the rumour before"
            " that week.”",
            None,
        ),
    ],
)
def test_their_lawyers_speak_for_them(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order(["The dispute began in the spring.", sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The shares jumped, with Goldman Sachs calling the deal “the biggest merger in the"
            " trade for ten years.”",
            "Goldman Sachs",
        ),
        (
            "Critics were quick to answer, with Senator Lucía Fernández describing the plan as"
            " “a gift to the largest landlords in the land.”",
            "Lucía Fernández",
        ),
        (
            "Reviews were warm, with the critic Kwame Mensah labelling it “the quietest great"
            " film of the whole year.”",
            "Kwame Mensah",
        ),
        (
            "The film was a hit, with fans calling it “the quietest great film of the whole"
            " year.”",
            None,
        ),
        (
            "The film was a hit, with one critic describing it as “the quietest great film of the"
            " whole year.”",
            None,
        ),
    ],
)
def test_a_name_in_a_clause_of_naming(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order(["The news came on a Monday.", sentence]) == [speaker]
