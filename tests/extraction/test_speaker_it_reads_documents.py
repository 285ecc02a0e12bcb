"""“…,” it reads. after a sentence that names a document anywhere in it, not only at its start
("X sent a notice to owners. “…,” it reads."): the document's issuer speaks; a thing read out
that is nobody's words, or a document no one is said to have issued, keeps no speaker, and the
quote is never the last speaker's. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Kestrel Harbour Board sent a notice to berth holders on Tuesday. “Berth fees will"
            " rise by four per cent from April,” it reads.",
            "Kestrel Harbour Board",
        ),
        (
            "Harbour master Rhian Dalby wrote to owners in a two-page letter on Sunday. “No"
            " dredging is planned for the northern basin before spring,” it begins.",
            "Rhian Dalby",
        ),
        (
            "The Tolva Ferry Company emailed its crews on Monday with a memo about the storm. ||"
            " “No sailing will leave before the harbour master has signed it off,” it reads.",
            "Tolva Ferry Company",
        ),
        (
            "Owners received circulars from the Orrin Valley Water Authority last month. “Meters"
            " will be read every quarter from now on,” it read.",
            "Orrin Valley Water Authority",
        ),
        (
            "In a bulletin on Friday, the Marsh End Parish Council told residents the hall would"
            " shut. “The roof is no longer safe for anyone to stand under,” it reads.",
            "Marsh End Parish Council",
        ),
    ],
)
def test_it_reads_speaks_for_the_issuer(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraph.split(" || ")])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # No one is said to have issued the letter.
        "A letter was pushed under every door on Tuesday. “No dredging is planned for the"
        " northern basin before spring,” it reads.",
        "Tenants found a note taped to the lift. “The lift will be out of use until the new"
        " cables arrive,” it read.",
        # Things read out that are nobody's words.
        "Rhian Dalby hung a banner at the quay. “No dredging is planned for the northern basin"
        " before spring,” it reads.",
        "Rhian Dalby hung a banner about the new notice at the quay. “No dredging is planned for"
        " the northern basin before spring,” it reads.",
    ],
)
def test_it_reads_with_no_issuer_is_no_one_s(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraph.split(" || ")])[-1] is None


def test_a_document_noun_used_as_an_adjective_is_no_document() -> None:
    paragraphs = [
        "Valdemora and the Oldmoor Ferry Trust spoke about fares on Monday.",
        "Valdemora’s newsletter, sent at midnight, was brief. “Fares will rise by a tenth from"
        " April and we regret it,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Valdemora"]
