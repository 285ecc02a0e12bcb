""""“…,” it read." after a sentence closing on a printed thing someone named bought, held or
was handed ("Ana Ruiz bought a ticket at the gate.") reads out the ticket: nobody's words, not
the holder's; a letter someone wrote, or a tag of "he said", keeps its answer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = (
    "Saskia Brennholt, who runs the fair, said crowds were up. “We have never sold so many"
    " passes in a single weekend,” she said."
)
_QUOTE = "“Admit one adult, valid for the whole of Saturday and no other day,”"


@pytest.mark.parametrize(
    ("sentence", "tail"),
    [
        ("Ana Ruiz bought a ticket at the gate.", "it read."),
        ("Tomasz Wielgosz was handed a paper receipt by the stall holder.", "it read."),
        ("Kemi Adeyinka showed reporters her crumpled wristband.", "it reads."),
        ("Every visitor gets a printed voucher.", "it reads."),
        ("Dario Lentini peeled the label off the jar.", "it read."),
    ],
)
def test_it_read_after_a_printed_thing_is_nobody(sentence: str, tail: str) -> None:
    paragraphs = [_FIRST, f"{sentence} {_QUOTE} {tail}"]
    assert speakers_in_order(paragraphs) == ["Saskia Brennholt", None]


def test_a_letter_someone_wrote_is_theirs() -> None:
    paragraphs = [_FIRST, f"Ines Varga wrote a letter to the council. {_QUOTE} it read."]
    assert speakers_in_order(paragraphs) == ["Saskia Brennholt", "Ines Varga"]


def test_he_said_after_holding_a_ticket_is_his() -> None:
    paragraphs = [_FIRST, f"Piet Gramsbergen held up his ticket. {_QUOTE} he said."]
    assert speakers_in_order(paragraphs) == ["Saskia Brennholt", "Piet Gramsbergen"]
