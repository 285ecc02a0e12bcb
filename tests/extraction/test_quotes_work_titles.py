"""A title of a work in quote marks ending with a comma ("a chapter titled “Why We Should Try
Anyway,”", "starred in “Harbour Lights,”") is no first half of a split quote: the quote after it
is found on its own, with its own speaker. A real split quote is still joined."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "Her book ends with a chapter titled “Why We Should Try Anyway,” and she writes that"
            " “the burden of proof has been set absurdly high for an idea like this.”",
            "the burden of proof has been set absurdly high for an idea like this.",
        ),
        (
            "Nakamura, who starred in “Harbour Lights,” left a row of hearts and wrote: “Proud"
            " of you for doing this with so much grace.”",
            "Proud of you for doing this with so much grace.",
        ),
        (
            "He played the lead in the film “Salt Road Home,” and said on Monday that it was"
            " “the hardest part I have taken on in twenty years.”",
            "the hardest part I have taken on in twenty years.",
        ),
    ],
)
def test_a_works_title_is_not_joined_to_the_quote_after_it(sentence: str, quote: str) -> None:
    paragraphs = ["Ruth Abernathy-Sato has written a book about work.", sentence]
    texts = [q.text for q in extract_quotes(tuple(paragraphs))]
    assert quote in texts


def test_the_quote_after_a_chapter_title_has_its_speaker() -> None:
    paragraphs = [
        "The economist Ruth Abernathy-Sato has written a book about work.",
        "Her book ends with a chapter titled “Why We Should Try Anyway,” and she writes that"
        " “the burden of proof has been set absurdly high for an idea like this.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Abernathy-Sato"]


def test_a_real_split_quote_is_still_joined() -> None:
    paragraphs = ["“We will fight this in court,” she said in May, “and we will win in the end.”"]
    texts = [q.text for q in extract_quotes(tuple(paragraphs))]
    assert len(texts) == 1 and "we will win in the end" in texts[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fellow actor Dervla Nakamura-Hughes, who starred alongside her in “Harbour Lights,” left"
        " a row of heart emojis and wrote: “Proud of you for doing this with so much grace.”",
        "Dervla Nakamura-Hughes, who had a small part in the film “Salt Road Home,” left a"
        " comment and wrote: “Proud of you for doing this with so much grace.”",
    ],
)
def test_a_works_title_in_the_lead_does_not_speak(sentence: str) -> None:
    paragraphs = ["The couple confirmed the split on Monday.", sentence]
    assert speakers_in_order(paragraphs) == ["Dervla Nakamura-Hughes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Lindgren writes near the end of her book, “a door is the cheapest productivity tool"
        " ever invented.”",
        "Lindgren ends the essay, “we built the open office for visitors, never for the people"
        " inside it.”",
    ],
)
def test_a_sentence_quoted_after_a_works_noun_is_speech(sentence: str) -> None:
    paragraphs = ["I have been reading Mara Lindgren’s new book.", sentence]
    assert speakers_in_order(paragraphs) == ["Mara Lindgren"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She read from her book, “The Salt Road Home,” to a full room.",
        "He wrote an essay, “It’s Time to Fix the Open Office for Good.”",
    ],
)
def test_a_title_after_a_works_noun_is_no_quote(sentence: str) -> None:
    paragraphs = ["I have been reading Mara Lindgren’s new book.", sentence]
    assert extract_quotes(tuple(paragraphs)) == []
