"""A speech word inside an aside about someone else ("the witness, who has pleaded guilty,")
that closes before the reported clause goes on is not the quote's verb: the speaker is the
subject of the verb before it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "Defence lawyer Marta Quillan spoke after the hearing."


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillan said the witness, who has pleaded guilty, had “every reason to tell the court"
        " whatever it wanted to hear.”",
        "In a filing, Quillan argued that the main witness, a builder who has admitted taking"
        " bribes, was “the least reliable person in the whole case.”",
        "Quillan wrote that the detective, who had repeatedly insisted on the timeline, was"
        " “simply wrong about where my client was that night.”",
        "Quillan told jurors the report, which warned of delays, had “nothing at all to do with"
        " the charges in this case.”",
    ],
)
def test_the_verb_before_the_aside_speaks(sentence: str) -> None:
    assert speakers_in_order([_INTRO, sentence]) == ["Marta Quillan"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the aside itself speaks, and the quote follows it directly
        "Quillan met Tomas Brandt, who said “the court should never have heard the tapes.”",
        "Quillan met Tomas Brandt, who told reporters the tapes were “never lawfully taken by"
        " the police.”",
        # the aside goes on past a second comma: it is not closed before the quote
        "Quillan met Tomas Brandt, who told reporters the tapes were, in his words, “never"
        " lawfully taken at all.”",
    ],
)
def test_an_aside_that_speaks_keeps_its_speaker(sentence: str) -> None:
    assert speakers_in_order([_INTRO, sentence]) == ["Tomas Brandt"]
