"""A one-word outlet or body after "according to" ("According to Variety,", "…, according to
Star.") is the speaker, a common word written as a title ("Star", "Fortune") included; a
surname there is still the person named in full before, a place or "people familiar with the
talks" no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“a three-picture deal worth a small fortune”"
_BEFORE = "The two actors first worked together in Lisbon three years ago."


@pytest.mark.parametrize(
    "title", ["Variety", "Backlot", "Star", "Fortune", "Marquee", "Semafor", "Greenreach"]
)
@pytest.mark.parametrize(
    "sentence",
    [
        "According to {}, the pair signed {} last spring.",
        "The pair signed {1} last spring, according to {0}.",
        "The pair, according to {}, signed {} last spring.",
    ],
)
def test_a_one_word_title_after_according_to(title: str, sentence: str) -> None:
    paragraphs = [_BEFORE, sentence.format(title, _QUOTE)]
    assert speakers_in_order(paragraphs) == [title]


@pytest.mark.parametrize(
    ("intro", "credit", "speaker"),
    [
        ("The agent Maria Stone handled the talks.", "Stone", "Maria Stone"),
        ("Producer Hope Adeyemi handled the talks.", "Adeyemi", "Hope Adeyemi"),
        ("Producer Grace Molina handled the talks.", "Grace", "Grace Molina"),
        ("The lawyer Ivo Fortune handled the talks.", "Fortune", "Ivo Fortune"),
    ],
)
def test_a_person_after_according_to_stays_the_person(
    intro: str, credit: str, speaker: str
) -> None:
    paragraphs = [_BEFORE, intro, f"According to {credit}, the pair signed {_QUOTE} last spring."]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize("credit", ["Lisbon", "people familiar with the talks", "one insider"])
def test_a_place_or_someone_unnamed_after_according_to_is_no_one(credit: str) -> None:
    paragraphs = [_BEFORE, f"According to {credit}, the pair signed {_QUOTE} last spring."]
    assert speakers_in_order(paragraphs) == [None]
