"""A name inside an opening "Asked what X had said …," is asked about, not asked ("Asked what
Kofi had said before he swam out, he replied: “…”"), as one after "Asked whether" is: the "he"
means whom the sentence before brought in."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "Kwabena Osei-Lindqvist, 16, drowned in the quarry on 14 July after swimming out."


@pytest.mark.parametrize(
    "asked",
    [
        "Asked what Kwabena had said before he swam out, he replied:",
        "Asked what Kwabena was doing on the platform, he said:",
        "Asked where Kwabena had gone after lunch, he told the court:",
        "Asked who Kwabena had been swimming with, he replied:",
    ],
)
def test_name_in_the_question_is_not_the_speaker(asked: str) -> None:
    paragraphs = [
        _LEDE,
        f"Jonah Pike-Varga, now 17, gave evidence by video link. {asked} “He said the platform"
        " was the best bit and that he would race us to it.”",
    ]
    assert speakers_in_order(paragraphs) == ["Jonah Pike-Varga"]


def test_asked_whether_still_works() -> None:
    paragraphs = [
        _LEDE,
        "Jonah Pike-Varga, now 17, gave evidence by video link. Asked whether Kwabena could"
        " swim, he replied: “He was strong, but the water was far colder than we thought.”",
    ]
    assert speakers_in_order(paragraphs) == ["Jonah Pike-Varga"]


def test_name_opening_its_own_sentence_still_speaks() -> None:
    paragraphs = [
        _LEDE,
        "Jonah Pike-Varga, now 17, gave evidence by video link. Kwabena’s brother, Yaw Osei,"
        " asked what had gone wrong. “Nobody told us that the quarry was so deep,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Yaw Osei"]
