"""A phrase opening the sentence before its subject ("Unlike X, ", "Compared with X, ", "While X
hedged, ") names someone other than the one introducing the quote with a colon."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The money was promised and it never came, not once in all these years.”"
_OTHERS = ["Greta Lindqvist", "Councillor Dafydd Pryce", "the Harbour Authority"]
_SPEAKERS = ["Marta Okonkwo-Reyes", "Tomasz Wielgosz", "Siobhán Ní Bhriain", "Kwame Asante"]
_FRONTED = [
    "Unlike {}, {} was unimpressed:",
    "Like {}, {} had a simple answer:",
    "Compared with {}, {} was more cautious:",
    "While {} hedged, {} was direct:",
    "Despite assurances from {}, {} was sceptical:",
    "Unlike {}, the port's director, {}, was unimpressed:",
]


@pytest.mark.parametrize("other", _OTHERS)
@pytest.mark.parametrize("speaker", _SPEAKERS)
@pytest.mark.parametrize("shape", _FRONTED)
def test_the_subject_after_a_fronted_phrase(other: str, speaker: str, shape: str) -> None:
    sentence = shape.format(other, speaker)
    opening = sentence[0].upper() + sentence[1:]
    paragraphs = ["A storm hit the coast on Monday.", f"{opening} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (f"Greta Lindqvist, unlike the others, was unimpressed: {_QUOTE}", "Greta Lindqvist"),
        (f"Like many in Tolva, Kwame Asante was blunt: {_QUOTE}", "Kwame Asante"),
        (f"After the vote, Tomasz Wielgosz was blunt: {_QUOTE}", "Tomasz Wielgosz"),
    ],
)
def test_near_misses_keep_their_speaker(paragraph: str, speaker: str) -> None:
    assert speakers_in_order(["A storm hit the coast on Monday.", paragraph]) == [speaker]


def test_a_fronted_phrase_before_a_pronoun_keeps_the_pronoun() -> None:
    paragraphs = [
        "Kwame Asante has run the ferry for 20 years.",
        f"Unlike Greta Lindqvist, he was blunt: {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Asante"]


@pytest.mark.parametrize(
    "lead",
    [
        "Unlike Greta Lindqvist, the crowd was in no mood to wait:",
        "Like Councillor Dafydd Pryce, the protesters outside were angry:",
        "Despite assurances from Kwame Asante, the marchers kept chanting:",
    ],
)
def test_a_fronted_phrase_before_an_unnamed_crowd_keeps_no_speaker(lead: str) -> None:
    paragraphs = ["A storm hit the coast on Monday.", f"{lead} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [None]
