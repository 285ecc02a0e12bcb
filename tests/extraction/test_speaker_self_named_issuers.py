"""A document's issuer brought in by the name it gives itself ("A group calling itself Black
Lantern claimed the attack in a post. The post said …") is the one who wrote it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "A group calling itself Grey Heron claimed the attack in a post on a forum on Tuesday."
        " The post said the group had taken “nearly a million customer records and their"
        " passwords”.",
        "Grey Heron",
    ),
    (
        "A collective calling itself Northern Lights took responsibility in a statement on"
        " Friday, according to researchers at Tallis Security.\n\nThe statement said the"
        " outage was “only a warning of what could come next”.",
        "Northern Lights",
    ),
    (
        "An activist network known as Green Harbour claimed the sabotage in a message to"
        " reporters. The message said the pipeline had been “shut for the sake of the river”.",
        "Green Harbour",
    ),
    (
        "The Tesserine Retail Group said its stores were open. A gang calling themselves Iron"
        " Moth posted a notice online on Sunday. The notice said the retailer had “seven days"
        " to pay or see its data sold”.",
        "Iron Moth",
    ),
    (
        "A group called Tidewater Watch published a report on Monday. The report said the bay"
        " had “more plastic than any beach we have surveyed in ten years”.",
        "Tidewater Watch",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), _CASES)
def test_the_self_named_body_wrote_it(text: str, issuer: str) -> None:
    assert speakers_in_order(text.split("\n\n")) == [issuer]


def test_the_researchers_who_saw_it_did_not_write_it() -> None:
    paragraphs = [
        "Researchers at Tallis Security found a post on a forum on Tuesday. The post said the"
        " attackers had “nearly a million customer records and their passwords”.",
    ]
    assert speakers_in_order(paragraphs) != ["Tallis Security"]
