"""The issuer of a document after "according to" when the noun has no article ("according to
guidance from the Harbour Office") or the issuer is named in a clause after it ("according to a
letter the Harbour Office sent to owners"); a clause in which the body only received the
document, or a document with no issuer, gives no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Wiebke Oyelaran, a ferry pilot, was not convinced. “Nobody told us a thing,” she said."
_CLAIM = "no pupil will be “sent home for the winter, whatever the state of the roof”."


@pytest.mark.parametrize(
    ("document", "issuer"),
    [
        ("guidance from the Dunmarrow Schools Trust", "Dunmarrow Schools Trust"),
        ("guidance published by the Ostervik Health Board", "Ostervik Health Board"),
        ("a letter the Dunmarrow Schools Trust sent to parents", "Dunmarrow Schools Trust"),
        ("guidance the Ostervik Health Board issued last week", "Ostervik Health Board"),
        ("a memo that Councillor Benedek Arrowsmith wrote in May", "Benedek Arrowsmith"),
        ("the notice the Saltcombe Parish Council posted on Friday", "Saltcombe Parish Council"),
    ],
)
def test_according_to_a_document_gives_its_issuer(document: str, issuer: str) -> None:
    paragraphs = [_OPENING, f"According to {document}, {_CLAIM}"]
    assert speakers_in_order(paragraphs)[-1] == issuer


@pytest.mark.parametrize(
    "document",
    [
        "a letter the Dunmarrow Schools Trust received from parents",
        "guidance on the new roof",
    ],
)
def test_according_to_a_document_nobody_issued_here_gives_no_issuer(document: str) -> None:
    paragraphs = [_OPENING, f"According to {document}, {_CLAIM}"]
    assert speakers_in_order(paragraphs)[-1] not in ("Dunmarrow Schools Trust", "Wiebke Oyelaran")
