"""A speech verb's participle used as an adjective between a number and a plural ("more than
forty reported sightings", "two confirmed cases") is no speech verb: a partial quote after it is
the words of the one who said the sentence; a number that is the subject still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "The search was run by Bernadette Quigley, a retired postmistress."


@pytest.mark.parametrize(
    "sentence",
    [
        "Quigley said there had been more than forty reported sightings, “most of which were "
        "probably foxes, and two of which were definitely a sheep.”",
        "Quigley said the village had two confirmed cases, “both of them in the same house, "
        "which tells you something.”",
        "Quigley said 12 reported thefts had been logged, “and not one of them was solved by "
        "anybody at all.”",
    ],
)
def test_the_one_who_said_it_speaks(sentence: str) -> None:
    assert speakers_in_order([_INTRO, sentence]) == ["Bernadette Quigley"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The father-of-two said: “We will never forget what the village did for us.”", "Tom Ode"),
        (
            "Ode said the crash left 14 injured people waiting for help, “some of them for "
            "nearly two hours.”",
            "Tom Ode",
        ),
    ],
)
def test_a_number_as_the_subject_still_speaks(sentence: str, speaker: str | None) -> None:
    paragraphs = ["Tom Ode, 41, was hurt in the crash.", sentence]
    assert speakers_in_order(paragraphs) == [speaker]
