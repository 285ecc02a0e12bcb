"""A question the writer puts in quote marks ("“Why now?” I ask.") has no named speaker, nor
has a lone quoted question in a piece where the writer asks that way; a headline naming the
subject ("‘…’: X on Y") heads a profile, not X's own first-person piece, when the body speaks of
X in the third person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "Ottilie Brennan-Sato runs a bakery in Corrow. “The ovens never really cool down,” she says."
)
_ANSWER = "“Because nobody else would take the early shift,” she says."


@pytest.mark.parametrize(
    "question",
    [
        "“Why did you keep the bakery open through the flood?” I ask.",
        "“Would you ever sell the place to a chain?” I asked her.",
        "“And what if the lease is not renewed next spring?” I wonder aloud.",
        "“So the early shift was never really a choice?” I then ask.",
    ],
)
def test_the_writers_question_has_no_speaker(question: str) -> None:
    assert speakers_in_order([_OPENING, question, _ANSWER]) == ["Ottilie Brennan-Sato", None,
                                                                "Ottilie Brennan-Sato"]


def test_a_lone_question_where_the_writer_asks_is_the_writers() -> None:
    paragraphs = [
        _OPENING,
        "“Why did you keep the bakery open through the flood?” I ask.",
        _ANSWER,
        "“Is the old stubbornness still in there somewhere, after all this time?”",
        "She laughs. “Probably. Ask my staff in a year or so.”",
    ]
    assert speakers_in_order(paragraphs)[-2:] == [None, "Ottilie Brennan-Sato"]


def test_a_lone_question_keeps_its_speaker_when_the_writer_never_asks() -> None:
    paragraphs = [
        _OPENING,
        _ANSWER,
        "“Is the old stubbornness still in there somewhere, after all this time?”",
        "She laughs. “Probably. Ask my staff in a year or so.”",
    ]
    assert speakers_in_order(paragraphs)[-2] == "Ottilie Brennan-Sato"


def test_i_said_in_a_first_person_piece_is_the_narrator() -> None:
    paragraphs = [
        "I had never been to the final before. My coach told me to breathe and I tried.",
        "“I think I am going to be sick before the walk-out,” I said to my sister.",
    ]
    headline = "Dana Kowalczyk on her first final"
    assert speakers_in_order(paragraphs, headline)[-1] == "Dana Kowalczyk"


def test_a_profile_headline_is_no_narrator_for_the_writers_question() -> None:
    paragraphs = [
        "Ottilie Brennan-Sato is late. Brennan-Sato, 44, apologises twice.",
        "“Sorry, the ovens at the shop would not behave this morning,” she says.",
        "“Why did you nearly lose the whole business that year?” I ask.",
    ]
    headline = "‘I was the worst boss in Corrow’: Ottilie Brennan-Sato on her bakery"
    assert speakers_in_order(paragraphs, headline)[-1] is None
