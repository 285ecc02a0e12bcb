"""A quote inside the that-clause of someone's claim is theirs, whatever verb governs it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CLAIM = "“wanted to protect his own bonus at any cost”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Nadia Haddad, a board member, has accused the director, Paul Stein, of hiding"
                " losses.",
                "The auditor cannot confirm Haddad’s claim that Stein delayed the report because"
                " he " + _CLAIM + ".",
            ],
            "Nadia Haddad",
        ),
        (
            [
                "Ole Hansen says the mayor ignored the warnings.",
                "Officials questioned Hansen's assertion that the city had been “asleep at the"
                " wheel for years”.",
            ],
            "Ole Hansen",
        ),
        (
            [
                "Grace Okafor wrote to the minister, Brian Hale, last week.",
                "Hale answered Okafor's argument that the plan was “a gift to landlords and"
                " nobody else” with a long letter.",
            ],
            "Grace Okafor",
        ),
        (
            [
                "The Harbour Trust says the pier is unsafe.",
                "Engineers doubt the Harbour Trust's allegation that the pier is “close to"
                " collapse after the winter storms”.",
            ],
            "Harbour Trust",
        ),
        (  # the claim names no owner: nobody's
            [
                "The pier was closed on Friday.",
                "Engineers doubt claims that the pier is “close to collapse after the winter"
                " storms”.",
            ],
            None,
        ),
        (  # a speaker after the quote still wins
            [
                "Nadia Haddad and Paul Stein met on Monday.",
                "“Haddad's claim that I " + _CLAIM[1:-1] + " is false,” Stein said.",
            ],
            "Paul Stein",
        ),
    ],
)
def test_a_claim_speaks_for_its_owner(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
