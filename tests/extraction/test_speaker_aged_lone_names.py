"""A lone name the lists do not know, set before an age ("Farrukh, 12, said he had run …") is
a person of the pronoun that follows, so a later "he said" is theirs, not the last man the
lists know; a year or a lone word with no age keeps its old reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Davud Karimi, a spokesman for the aid group, said tents were needed. "
    "“Tonight will be below freezing, so shelter matters as much as digging,” Karimi said."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Farrukh, 12, said he had run out of the house with his sister. “I carried her "
            "because she had no shoes,” he said, speaking through a translator.",
            "Farrukh",
        ),
        (
            "Oyelaran, 71, said she had lived in the valley all her life. “We have nothing left "
            "except each other and the goats,” she said.",
            "Oyelaran",
        ),
        (
            "Tuulikki, 9, said she had been asleep when the walls moved. “My mother woke me up "
            "and we ran into the snow,” she said.",
            "Tuulikki",
        ),
    ],
)
def test_a_lone_name_with_an_age_is_the_speaker(sentence: str, expected: str) -> None:
    assert speakers_in_order([_BEFORE, sentence]) == ["Davud Karimi", expected]


def test_a_place_and_a_year_are_no_person() -> None:
    sentence = (
        "Zarbek, 2019, was the last time the valley shook like this. “We thought we had seen "
        "the worst of it back then,” he said."
    )
    assert speakers_in_order([_BEFORE, sentence]) == ["Davud Karimi", "Davud Karimi"]
