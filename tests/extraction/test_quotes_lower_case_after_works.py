"""Words of six or more opening in lower case after a work's noun ("called the episode “a small
mistake with a very long shadow,”", "described the album as “the sound of a band running out of
ideas,”") are speech, not the work's title; a title after the noun is still no quote."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "Writing in the Harrowgate Review, the columnist Bartholomew Osei-Lund called the"
            " episode “a small mistake with a very long shadow,” arguing that it had handed"
            " ammunition to critics.",
            "a small mistake with a very long shadow",
            "Bartholomew Osei-Lund",
        ),
        (
            "The critic Ines Marlow described the album as “the sound of a band running out of"
            " ideas,” and gave it two stars.",
            "the sound of a band running out of ideas",
            "Ines Marlow",
        ),
        (
            "Tomasz Wielgosz called the film “an honest mess that never quite finds its feet,”"
            " though he praised its lead.",
            "an honest mess that never quite finds its feet",
            "Tomasz Wielgosz",
        ),
    ],
)
def test_lower_case_words_after_a_work_are_speech(sentence: str, quote: str, speaker: str) -> None:
    found = extract_quotes((sentence,))
    assert [q.text.rstrip(",") for q in found] == [quote]
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "She starred in the episode “The Long Night at Harbour Street,” which aired in May.",
        "His new book, “Rooms Without Doors or Windows,” is out on Thursday.",
        "The band's new album “folklore in the dark,” was recorded in a barn.",
    ],
)
def test_a_title_after_a_work_is_no_quote(sentence: str) -> None:
    assert extract_quotes((sentence,)) == []
