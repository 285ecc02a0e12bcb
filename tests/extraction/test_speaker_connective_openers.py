"""A connective adverb opening a sentence before a comma ("Instead, a letter from its solicitors,
Marlow Pike LLP, said …") is no name: the speaker is the one the rest of the sentence gives."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ASKED = "Veldt Care did not answer detailed questions about its rotas."


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Instead, a letter from its solicitors, Marlow Pike LLP, said", "Marlow Pike LLP"),
        ("Separately, Ines Okafor-Brandt said", "Ines Okafor-Brandt"),
        ("Nevertheless, the council’s leader, Tobias Renwick, said", "Tobias Renwick"),
        ("Elsewhere, Priyanka Deshmukh, who runs a bakery, said", "Priyanka Deshmukh"),
        ("Likewise, the Harlow Tenants Union said", "Harlow Tenants Union"),
    ],
)
def test_a_connective_opening_is_no_speaker(opening: str, speaker: str) -> None:
    paragraphs = [_ASKED, f"{opening} the claims were “wholly without merit and will be resisted.”"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_the_document_goes_on_speaking_after_the_connective() -> None:
    paragraphs = [
        _ASKED,
        "Instead, a letter from its solicitors, Marlow Pike LLP, said the emails had been"
        " “selectively quoted and stripped of their context.” The letter added: “Our client"
        " will not hesitate to protect its reputation.”",
    ]
    assert speakers_in_order(paragraphs) == ["Marlow Pike LLP", "Marlow Pike LLP"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("However, Ana Ruiz said", "Ana Ruiz"),  # an opener the rules knew before
        ("Instead, a neighbour who did not want to be named said", None),  # someone unnamed
    ],
)
def test_near_misses_keep_their_answer(opening: str, speaker: str | None) -> None:
    paragraphs = [_ASKED, f"{opening} the claims were “wholly without merit and will be resisted.”"]
    assert speakers_in_order(paragraphs) == [speaker]
