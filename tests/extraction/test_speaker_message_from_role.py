"""Words after a colon that a message from someone named by their role brings ("read a message
from the founder that said, in full:", "a letter from the mayor arrived:") are the one the role
means, not those of the person reading it out."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "Adrian Szabo-Mensah, the founder of the Lumacoin token, is on trial for fraud. The"
    " prosecutor, Rebecca Halvorsen, read his chats to the jury."
)
_QUOTE = "“lol we are the market now, all of it.”"


@pytest.mark.parametrize(
    "lead",
    [
        "Laughter broke out after Halvorsen read a message from the founder that said, in full:",
        "Halvorsen then held up a note from the founder:",
        "Halvorsen paused, then read an email from the founder to his staff:",
    ],
)
def test_the_role_that_sent_it_speaks(lead: str) -> None:
    assert speakers_in_order([_OPENING, f"{lead} {_QUOTE}"]) == ["Adrian Szabo-Mensah"]


def test_a_role_of_something_is_no_sender() -> None:
    """ "a message from the office of the mayor" names a body's office, no person of it."""
    opening = "Ruth Calder, the mayor of Tarrow, faces a recall vote. Ines Marlow read the notice."
    lead = "Marlow then read a message from the office of the council clerk:"
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) != ["Ruth Calder"]


def test_a_role_no_one_holds_leaves_the_reader() -> None:
    opening = "The prosecutor, Rebecca Halvorsen, read the chats to the jury on Monday."
    lead = "Halvorsen read a message from the accountant:"
    assert speakers_in_order([opening, f"{lead} {_QUOTE}"]) == ["Rebecca Halvorsen"]


def test_the_founder_brought_in_far_back_is_still_the_sender() -> None:
    """The role is looked for over the whole article before the quote, not the last few
    paragraphs, where another man was quoted since."""
    filler = " ".join(["The jury heard two days of evidence about exchanges and order books."] * 40)
    paragraphs = [
        _OPENING,
        filler,
        "“I built the bots because I was asked to,” said Kwame Lindgren-Asare, a witness.",
        f"Laughter broke out after Halvorsen read a message from the founder that said: {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Adrian Szabo-Mensah"
