"""A document issued by "it", the body the sentence before opens with ("The X Board runs the
marina. It sent a notice to owners." / "On Tuesday it emailed a memo"): the body speaks; an "it"
after a person or a thing, or one that was sent the document, names no issuer. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_READS = "“No dredging is planned for the northern basin before spring,” the notice reads."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["The Kestrel Harbour Board runs the marina. It sent a notice to owners.", _READS],
            "Kestrel Harbour Board",
        ),
        (
            [
                "The Tolva Ferry Company cancelled every crossing. On Tuesday it emailed a memo to"
                " its crews.",
                "The memo warns of “a long and difficult winter on the northern crossing”.",
            ],
            "Tolva Ferry Company",
        ),
        (
            [
                "The Orrin Valley Water Authority has raised its charges. Last week, it posted a"
                " notice on its website.",
                _READS,
            ],
            "Orrin Valley Water Authority",
        ),
    ],
)
def test_it_issuing_a_document_is_the_body_before(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraphs])[-1] == speaker


@pytest.mark.parametrize(
    "first",
    [
        "Rhian Dalby runs the harbour. On Tuesday it sent a notice to owners.",
        "The storm hit the harbour on Monday. It sent a notice to owners.",
        "The Kestrel Harbour Board runs the marina. It was sent a notice by owners on Tuesday.",
    ],
)
def test_it_with_no_body_before_names_no_issuer(first: str) -> None:
    assert speakers_in_order([_BEFORE, first, _READS])[-1] is None
