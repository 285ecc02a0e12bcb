"""A participle after the document a person wrote or spoke in describes the document, it is not
the speech verb: "X wrote in a blog post announcing the deal that …" is X's, even after a clause
about someone else."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“save employers a fortune without asking anyone to work any harder.”"
_OPENING = "Workers at Tarnby Mining Ltd are unhappy about the new rota app."


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Investors are pleased, and the fund's managing partner, Jonas Whitfield, wrote in"
            " a blog post announcing the deal that the app would",
            "Jonas Whitfield",
        ),
        (
            "The club lost again, and its chair, Mara Lind, said in a statement confirming her"
            " exit that the board had failed to",
            "Mara Lind",
        ),
        (
            "Shares fell on Monday, and Tom Ode told staff in an email explaining the cuts that"
            " managers must now",
            "Tom Ode",
        ),
        (
            "Rents rose again, and the mayor, Ana Ruiz, wrote on her blog defending the plan"
            " that it would",
            "Ana Ruiz",
        ),
    ],
)
def test_the_verb_before_the_document_is_the_speakers(lead: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [  # no speech verb before the participle: the participle is the only verb there is
        "Tarnby Mining Ltd issued a statement saying it would",
        "Tarnby Mining Ltd put out a note warning that it would",
    ],
)
def test_a_participle_with_no_verb_before_stays(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == ["Tarnby Mining Ltd"]
