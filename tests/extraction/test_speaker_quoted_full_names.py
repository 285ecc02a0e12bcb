"""A surname whose full name the article writes only inside someone's quote ("“… chef Aiko
Yamamoto joins us,” the hotel said. “…,” Yamamoto said.") stands for that full name; a quoted
phrase that is no person's name ("Praise God") never lengthens a bare word."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SAID = "“I have wanted a job like this one since I was a small girl,”"


@pytest.mark.parametrize(
    ("intro", "later", "full"),
    [
        (
            "“We are proud to welcome chef Aiko Yamamoto as our new head of kitchen,” the hotel"
            " said in a statement.",
            f"{_SAID} Yamamoto said.",
            "Aiko Yamamoto",
        ),
        (
            "“Fresh from his award, talk show host Bruno Costa is here to open the envelope,”"
            " the zoo wrote online.",
            "Costa played it up. “This is really very important,” he said.",
            "Bruno Costa",
        ),
        (
            "“After a great season, Luis Pereira will be a key part of our squad,” the club said.",
            "Pereira said: “I am delighted to join such an ambitious club.”",
            "Luis Pereira",
        ),
    ],
)
def test_a_full_name_written_only_in_a_quote(intro: str, later: str, full: str) -> None:
    assert speakers_in_order([intro, later])[-1] == full


def test_someone_the_speaker_names_in_a_quote_is_not_the_speaker() -> None:
    paragraphs = [
        "“I told Maria Santos she would never win that race in a hundred years,” coach Peter"
        " Lund said.",
        "“Santos proved me wrong twice over, and I am glad she did,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Peter Lund", "Peter Lund"]


def test_a_quoted_phrase_that_names_no_one_does_not_lengthen_a_word() -> None:
    paragraphs = [
        "The choir sang “Praise God, from whom all blessings flow” at the service.",
        "God said to the prophet, “the land is mine and you are only guests on it.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "God"
