"""A document its issuer brings in, then the subject of a clause of "that" or "which" carrying the
quote ("The X Board published a notice that described the rise as “…”"): the issuer speaks; a
document someone received or criticised is not theirs, and a thing read out that is nobody's
words keeps no speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Kestrel Harbour Board published a notice that described the rise as “modest and"
            " short-lived for most owners of small boats”.",
            "Kestrel Harbour Board",
        ),
        (
            "Harbour master Rhian Dalby sent owners a letter which warned of “a difficult spring"
            " for owners of larger boats”.",
            "Rhian Dalby",
        ),
        (
            "The Tolva Ferry Company issued a bulletin that blamed “rising fuel costs and a wet"
            " summer on the northern crossing”.",
            "Tolva Ferry Company",
        ),
    ],
)
def test_the_issuer_of_a_document_in_a_relative_clause_speaks(
    paragraph: str, speaker: str
) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rhian Dalby criticised a report that described the rise as “modest and short-lived for"
        " most owners of small boats”.",
        "The Kestrel Harbour Board received a letter that called the rise “a scandal for owners"
        " of small boats”.",
        "Rhian Dalby hung a banner that demanded “an end to the rise for owners of small boats"
        " this year”.",
    ],
)
def test_a_document_not_issued_by_the_subject_keeps_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
