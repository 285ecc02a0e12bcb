"""Names given as examples ("has played beside the likes of Skepta and Lil Dre") are no
one the next sentence's "He" can mean, however their gender reads."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "He said in a statement: “After twenty years on air I have decided it is time to go.”"


@pytest.mark.parametrize(
    ("sentence", "examples"),
    [
        (
            "The music lover, real name Ama Kofa, has played across Europe backing the likes of"
            " Big Tobi, Skepta and Lil' Dre.",
            {"Big Tobi", "Skepta", "Lil' Dre"},
        ),
        (
            "The music lover, real name Ama Kofa, has played with stars such as Kim Osei and"
            " Tiwa Lee.",
            {"Kim Osei", "Tiwa Lee"},
        ),
    ],
)
def test_examples_are_no_antecedents(sentence: str, examples: set[str]) -> None:
    opening = "But now DJ Kofa has announced he is leaving his Saturday show."
    paragraphs = ["He joined the station in 2002.", opening, sentence, _QUOTE]
    assert speakers_in_order(paragraphs)[0] not in examples


def test_a_subject_of_his_gender_is_still_the_one_meant() -> None:
    paragraphs = [
        "He joined the station in 2002.",
        "The singer, real name Kofi Boateng, has opened for acts including Adele and Rihanna.",
        _QUOTE,
    ]
    assert speakers_in_order(paragraphs) == ["Kofi Boateng"]
