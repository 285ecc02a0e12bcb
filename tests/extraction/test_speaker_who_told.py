"""A partial quote in reported speech inside a relative clause ("Pereira, who had told a
newspaper that his client felt “…”", "Harms, who said last week that the club was “…”") is the
words of the one "who" means, as a partial quote after "X told the BBC that" is X's; the one
the reported clause is about ("his client") does not speak."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_AGENT = "The player's agent, Rui Pereira, flew in on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks turned to Pereira, who had told a Portuguese newspaper last week that his "
        "client felt “undervalued and a little bit disrespected” by the offer.",
        "He was less relaxed about Pereira, who told reporters that the club had been "
        "“playing games with a young man's career for months”.",
        "Questions went to Pereira, who has insisted all summer that the deal was "
        "“never about money, only about respect for the player”.",
        "Pereira, who said on Friday that his client felt “let down by everyone at the club”, "
        "declined to comment.",
    ],
)
def test_the_one_who_told_speaks(sentence: str) -> None:
    assert speakers_in_order([_AGENT, sentence]) == ["Rui Pereira"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Nora Lund told the BBC that she was “absolutely furious about the way this went”.",
            "Nora Lund",
        ),
        (
            "The agent, Nora Lund, told Sky Sports that her client was “ready to walk away "
            "from the deal tonight”.",
            "Nora Lund",
        ),
        (
            "Piet Harms told the Harbour Gazette that his mother had been “the bravest woman "
            "I have ever known”.",
            "Piet Harms",
        ),
    ],
)
def test_the_one_who_told_speaks_without_a_clause(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
