"""Speakers named at the end of the sentence in less usual shapes, on invented sentences."""

from __future__ import annotations

import pytest

from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will appeal the ruling at once,” said Reyes's lawyer, Maya Singh.", "Maya Singh"),
        ("“We will appeal the ruling at once,” said Reyes’s lawyer, Maya Singh.", "Maya Singh"),
        (
            "“It leaves out every cost,” said Lina Ortiz's spokesman, Paul Dunne, on Friday.",
            "Paul Dunne",
        ),
        (
            "“The shelter needs more volunteers,” said the group's director, Ana Ruiz, on Monday.",
            "Ana Ruiz",
        ),
        (
            "“My client has done nothing wrong,” said her attorney, Tom Hale, in a statement.",
            "Tom Hale",
        ),
    ],
)
def test_a_description_then_the_name_after_a_comma(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The ferries will run late,” Port Authority Director Maria Holt said.", "Maria Holt"),
        ("“We will not close the library,” said City Council Leader Tom Reed.", "Tom Reed"),
        ("“The ferries will run late all week,” the Port Authority said.", "Port Authority"),
    ],
)
def test_a_titled_person_after_an_organisation_is_the_speaker(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The harbour will close at dusk,” said Harbour Master Maria Holt.", "Maria Holt"),
        ("“The ferries will run late,” Chief Harbour Master Maria Holt said.", "Maria Holt"),
        ("“The roads are safe again,” Deputy Chief Constable Amy Ross said.", "Amy Ross"),
        ("“We will play the final at home,” said Tavenzy Julius Cesar.", "Tavenzy Julius Cesar"),
    ],
)
def test_a_title_before_a_known_first_name_is_cut(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We did not expect this at all,” Mary LEE said.", "Mary LEE"),
        ("“We did not expect this at all,” said Mary LEE.", "Mary LEE"),
        ("“The clinic will stay open all winter,” said Nora Dunn MS.", "Nora Dunn"),
    ],
)
def test_a_surname_in_capitals_is_kept_and_a_credential_dropped(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_numeral_or_an_acronym_after_a_first_name_is_no_surname() -> None:
    assert split_run("King Charles III") == ("Charles", True)
    assert split_run("Meta VR")[0] == "Meta"
    assert split_run("Mary LEE") == ("Mary LEE", False)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Biography reports: “The young painter never sold a picture in her life.”", "Biography"),
        ("Science wrote that “fake papers are sold by the thousand every single year.”", "Science"),
        ("An article in Science notes that “fake papers are sold by the thousand.”", "Science"),
        ("“The samples were kept at the wrong temperature for weeks,” Nature reported.", "Nature"),
    ],
)
def test_a_one_word_publication_is_the_source(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_common_word_opening_a_sentence_is_no_publication() -> None:
    paragraphs = ["Research shows that “most owners never read the terms at all.”"]
    assert speakers_in_order(paragraphs) == [None]


def test_a_surname_in_capitals_is_the_full_name_of_its_later_mentions() -> None:
    paragraphs = [
        "“We did not expect this at all,” Mary LEE said on Monday.",
        "“It will pass in a week or two,” Lee added.",
    ]
    assert speakers_in_order(paragraphs) == ["Mary LEE", "Mary LEE"]
