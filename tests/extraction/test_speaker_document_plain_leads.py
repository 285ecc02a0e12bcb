"""A document opening the quote's sentence with "also"/"still" before its verb ("The notice also
blames “…”") or with a word on how it reads and a colon ("The notice itself is blunt: “…”",
"Her letter was brief:"): its issuer speaks; a document no one issued and a banner keep no
speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“No dredging is planned for the northern basin before spring.”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Kestrel Harbour Board sent a notice to owners. The notice also blames “rising"
            " dredging costs and a wet summer on the north quay”.",
            "Kestrel Harbour Board",
        ),
        (
            "Tomas Breck emailed a memo to the crews. The memo still insists on “a full stop to"
            " every crossing until the wind has dropped”.",
            "Tomas Breck",
        ),
        (
            f"The Tolva Port Board sent a notice to owners. The notice itself is blunt: {_QUOTE}",
            "Tolva Port Board",
        ),
        (f"Rhian Dalby wrote to owners on Sunday. Her letter was brief: {_QUOTE}", "Rhian Dalby"),
    ],
)
def test_the_issuer_of_the_document_opening_the_lead_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        f"A letter was pushed under every door. The letter was brief: {_QUOTE}",
        f"Rhian Dalby hung a banner at the quay. The banner was blunt: {_QUOTE}",
    ],
)
def test_no_issuer_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Kestrel Harbour Board sent a notice to owners. Owners were told in the notice that"
            " the rise was “modest and short-lived for most owners of small boats”.",
            "Kestrel Harbour Board",
        ),
        (
            "Rhian Dalby wrote to staff on Monday. Staff were warned in the letter that the winter"
            " would be “long and difficult for every crew on the northern crossing”.",
            "Rhian Dalby",
        ),
        (
            f"The Tolva Port Board sent a notice. The wording of the notice is blunt: {_QUOTE}",
            "Tolva Port Board",
        ),
    ],
)
def test_told_in_the_document_or_its_wording_is_the_issuer_s(
    paragraph: str, speaker: str
) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "A letter was pushed under every door. Tenants were told in the letter that the rise was"
        " “modest and short-lived for most owners of small boats”.",
        "The Kestrel Harbour Board sent a notice to owners. Owners were told at the meeting that"
        " the rise was “modest and short-lived for most owners of small boats”.",
    ],
)
def test_told_elsewhere_or_by_no_one_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
