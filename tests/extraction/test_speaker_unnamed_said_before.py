"""A bare quote after a sentence in which someone unnamed spoke ("A spokesperson for Loomwell
said the company was listening. “…”") goes on with that unnamed person, not someone named
earlier; a spokesperson given a name keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are listening to every worker who has raised a concern with us.”"
_OPENING = "Sunita Varghese organises for the Retail Workers Union in Brennick."


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for Loomwell said the company was listening.",
        "One official at the ministry said talks would resume in May.",
        "An aide to the mayor said she was disappointed by the vote.",
        "A company spokesman said on Friday that the app would change.",
    ],
)
def test_the_unnamed_speaker_goes_on(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == [None]


def test_a_named_spokesperson_keeps_the_quote() -> None:
    sentence = "A spokesperson, Jane Roe, said the company was listening."
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == ["Jane Roe"]
