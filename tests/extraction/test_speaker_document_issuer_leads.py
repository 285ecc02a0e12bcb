"""A document whose issuer opens the sentence that brings it in after a role ("Harbour master Ann
Ode sent a notice"), as a body's people ("Officials at the X Board wrote a memo"), as the writer
of it ("X penned an open letter") or as its signer ("The letter, signed by the chair of the X
Board, calls …"): the quote the document carries is the issuer's. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Harbour master Rhian Dalby sent a notice to berth holders on Tuesday. The notice"
            " blames “rising dredging costs and a wet summer on the north quay”.",
            "Rhian Dalby",
        ),
        (
            "Parish clerk Tomas Breck posted a circular on the church door. “The hall will stay"
            " closed until the roof has been fully repaired,” the circular says.",
            "Tomas Breck",
        ),
        (
            "Finance minister Amara Quist signed a directive on Friday. The directive warns"
            " of “a difficult year for every department that overspent”.",
            "Amara Quist",
        ),
        (
            "Headmaster Jonas Veldkamp emailed parents on Sunday night. || “Classes will resume"
            " on Wednesday once the boiler is fixed,” the email reads.",
            "Jonas Veldkamp",
        ),
        (
            "Officials at the Kestrel Harbour Board sent a letter to owners on Tuesday. “Berth fees"
            " will rise by four per cent from April,” the letter says.",
            "Kestrel Harbour Board",
        ),
        (
            "Senior executives at Marlowe Freight Company circulated a memo to drivers. || The memo"
            " urges them to “report every delay at the depot, however short it was”.",
            "Marlowe Freight Company",
        ),
        (
            "Lawyers for the Orrin Valley Water Authority sent a letter to the council. The letter"
            " calls the claim “baseless and brought far too late to matter”.",
            "Orrin Valley Water Authority",
        ),
        (
            "The Tolva Ferry Company wrote a memo to its crews on Monday. The memo goes on: “No"
            " sailing will leave before the harbour master has signed it off.”",
            "Tolva Ferry Company",
        ),
        (
            "Councillor Sabine Oduya penned an open letter to residents. || “I will not vote for a"
            " budget that closes the library,” the letter reads.",
            "Sabine Oduya",
        ),
        (
            "The bulletin, which was signed by Rhian Dalby, the harbour master, calls the rise"
            " “modest and short-lived for most owners of small boats”.",
            "Rhian Dalby",
        ),
        (
            "The advisory, signed by the chair of the Kestrel Harbour Board, describes the rise as"
            " “modest and short-lived for most owners of small boats”.",
            "Kestrel Harbour Board",
        ),
    ],
)
def test_the_issuer_leading_the_sentence_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraph.split(" || ")])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # Written about, not written: the report is someone else's.
        "Harbour master Rhian Dalby wrote that the report was rushed. “No dredging is planned"
        " for the northern basin before spring,” the report says.",
        # A draft of someone else's speech.
        "Headmaster Jonas Veldkamp wrote a draft of the speech. The draft promised “a new roof"
        " for the hall before the winter term begins”.",
        # People who do not speak for the body they are at.
        "Parents at Kestrel Primary School wrote a letter to the council. “We were never asked"
        " about the closure of the library,” the letter reads.",
        # A document no one is said to have issued.
        "A letter was pushed under every door on Tuesday. “No dredging is planned for the"
        " northern basin before spring,” the letter reads.",
        # Things read out that are nobody's words.
        "Officials at the Kestrel Harbour Board put up a banner on the quay. “No dredging is"
        " planned for the northern basin before spring,” the banner reads.",
        "Harbour master Rhian Dalby bought a ticket for the ferry. “No refunds will be given for"
        " any crossing cancelled by the weather,” the ticket read.",
        "Lawyers for the Orrin Valley Water Authority unveiled a plaque. The plaque reads:"
        " “Built by the people of Orrin for the people of Orrin.”",
        # Many signers, one of them named.
        "The petition, signed by dozens of Kestrel residents, calls the closure “a decision taken"
        " behind closed doors by people who never visit”.",
        # A month before the name, no role.
        "In March harbour staff put up a notice. “No dredging is planned for the northern basin"
        " before spring,” the notice says.",
    ],
)
def test_no_issuer_leading_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraph.split(" || ")])[-1] is None


def test_lawyers_for_a_person_issue_it_for_their_client() -> None:
    paragraph = (
        "Lawyers for Rhian Dalby sent a letter to the council. “The claim was brought far too"
        " late to matter,” the letter reads."
    )
    assert speakers_in_order([_BEFORE, paragraph])[-1] == "Rhian Dalby"


def test_officials_at_a_person_are_no_body_s() -> None:
    paragraph = (
        "Officials at Rhian Dalby sent a letter to the council. “The claim was brought far too"
        " late to matter,” the letter reads."
    )
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
