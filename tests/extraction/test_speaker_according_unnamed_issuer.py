""""According to" a document whose issuer is named only in lower case, before a clause whose
subject did what the quote finishes: that subject ("According to a readout published by the
presidential press service, the president dismissed X “for …”")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "President Erlan Tokayev ordered an inquiry into the collapse of the dam, state media"
    " reported. “Every official will answer for this,” Tokayev said."
)


def test_the_clause_s_subject_after_an_unnamed_issuer() -> None:
    paragraphs = [
        _OPENING,
        "According to a readout published by the presidential press service, the president also"
        " dismissed the regional governor, Ruslan Akhmetov, “for failing to organise the timely"
        " evacuation of the valley.”",
    ]
    assert speakers_in_order(paragraphs) == ["Erlan Tokayev", "Erlan Tokayev"]


def test_a_named_issuer_still_speaks() -> None:
    paragraphs = [
        _OPENING,
        "According to a statement from the Harbour Office, the tanker was “carrying nothing"
        " dangerous at the time of the collision.”",
    ]
    assert speakers_in_order(paragraphs) == ["Erlan Tokayev", "Harbour Office"]
