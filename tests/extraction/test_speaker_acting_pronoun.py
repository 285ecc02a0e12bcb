"""A quote inside a sentence whose subject ("he", "she", "the bishop") does something other
than speak."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    "sentence",
    [
        "She blames greed and a belief that “money can fix whatever it broke.”",
        "She also takes on her critics, those who “deny the river is dying at all.”",
        "She criticises the rich, who “buy their way out of every flood.”",
        "She then turned on the council for a plan that is “all paint and no pipes.”",
    ],
)
def test_her_words_inside_a_sentence_about_what_she_does(sentence: str) -> None:
    paragraphs = ["Ann Lee wrote a new letter to the council this week.", sentence]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He kept the job until 2019, when he left “to give himself, heart and soul, to other"
        " work.”",
        "He heard the crowd outside the hall chanting “no more cuts, no more cuts.”",
        "He was told by the clerk that “the meeting is closed to the public tonight.”",
        "He read out the sign on the gate that said “no entry after dark for anyone.”",
    ],
)
def test_words_he_hears_reads_or_that_speak_of_him_are_not_his(sentence: str) -> None:
    paragraphs = ["Tom Hale wrote a new letter to the council this week.", sentence]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (
            "Bishop Mary Okafor wrote a new letter this week.",
            "The bishop blames greed and a belief that “money can fix whatever it broke.”",
            "Mary Okafor",
        ),
        (
            "Ann Lee sings in the band.",
            "The singer also takes on her critics, those who “think the band is finished.”",
            "Ann Lee",
        ),
        (
            "Ann Lee sings in the band.",
            "The crowd then chanted the line that “the band is finished forever.”",
            None,
        ),
        (
            "Ann Lee sings in the band.",
            "The singer later denied that she “ever wanted to leave the band.”",
            None,
        ),
    ],
)
def test_a_role_doing_something_owns_the_quote_its_sentence_ends(
    opening: str, sentence: str, speaker: str | None
) -> None:
    assert speakers_in_order([opening, sentence]) == [speaker]
