"""A quote framed in the first person ("… somebody that I'm just like, “…”") is the words of
the "I" (in an interview's answer, the one interviewed), not of the sentence's subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "We spoke with the painter Amara Nwosu about her new show in Lagos."
_QUESTION = "Who are some of the artists you admire?"


@pytest.mark.parametrize(
    ("answer", "speaker"),
    [
        (
            "Frida Kahlo is a huge influence. So Tendai Moyo is somebody nearby that I'm just"
            " like, “Wow, look at that colour.” There are many others.",
            "Amara Nwosu",
        ),
        (
            "And Ruth Baker is a friend whose paintings make me go, “How did she do that so"
            " well?” every single time.",
            "Amara Nwosu",
        ),
        (
            "My old teacher Marco Rossi is a man that I always think, “He never once gave up on"
            " a student.” I learned a lot from him.",
            "Amara Nwosu",
        ),
        (  # told to the one answering: the teller's words
            "My old teacher Marco Rossi told me, “Never paint for the buyers, paint for"
            " yourself.” I did anyway.",
            "Marco Rossi",
        ),
    ],
)
def test_a_first_person_frame_is_the_answerers(answer: str, speaker: str | None) -> None:
    assert speakers_in_order([_OPENING, _QUESTION, answer]) == [speaker]
