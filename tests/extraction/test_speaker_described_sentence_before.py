"""A quote with "he said" or "she said" right after a sentence opening with someone unnamed,
described only by a noun for a person ("One tenant, a retired postman who …, said he …", "A
neighbour said she …"), is that unnamed person's: no speaker, not the last person named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NAMED = (
    "The landlord’s solicitor, Rupert Haldane-Mbeki, said the company was “deeply disappointed"
    " by the decision” and would appeal."
)


@pytest.mark.parametrize(
    ("described", "pronoun"),
    [
        ("One tenant, a retired postman who has lived in the block since 1998, said he", "he"),
        ("A neighbour said she", "she"),
        ("One resident told reporters he", "he"),
        ("Another tenant, a nurse on night shifts, said she", "she"),
    ],
)
def test_the_pronoun_after_someone_unnamed_is_unnamed(described: str, pronoun: str) -> None:
    paragraphs = [
        _NAMED,
        f"Not everyone is celebrating. {described} expected the rent to rise to cover it."
        f" “They’ll get it back from us one way or another,” {pronoun} said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rupert Haldane-Mbeki", None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (  # named between commas after all
            "One tenant, Kwabena Asante, said he expected the rent to rise."
            " “They’ll get it back from us one way or another,” he said.",
            "Kwabena Asante",
        ),
        (  # the described sentence is two sentences back, a named man in between
            "One tenant said he expected the rent to rise. Tomasz Wierzbicki disagreed."
            " “They will not get a penny more from anyone here,” he said.",
            "Tomasz Wierzbicki",
        ),
    ],
)
def test_near_misses_keep_their_speaker(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_NAMED, paragraph])[1] == speaker


@pytest.mark.parametrize(
    "described",
    [
        "One tenant, a retired postman, was less hopeful.",
        "A neighbour was blunter.",
        "Another resident, a nurse on nights, was gloomy.",
    ],
)
def test_a_mood_in_place_of_a_speech_verb_keeps_them_unnamed(described: str) -> None:
    paragraphs = [_NAMED, f"{described} “They’ll get it back from us one way or another,” he said."]
    assert speakers_in_order(paragraphs) == ["Rupert Haldane-Mbeki", None]


def test_a_named_one_with_a_mood_keeps_the_name() -> None:
    paragraphs = [
        _NAMED,
        "One tenant, Kwabena Asante, was less hopeful. “They’ll get it back from us one way or"
        " another,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rupert Haldane-Mbeki", "Kwabena Asante"]

