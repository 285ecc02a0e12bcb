"""Someone a quote's tag only describes ("says the woman behind the counter", "says a man at the
back of the hall") and the very next sentence names ("Her name is Edda Morrow, and …", "He is
Tiago Brandão, a retired ferryman.", "Tomas Hale, 62, has fished here since …" for someone not
named before) is that name; other sentences after the tag name no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“Every option is still on the table for the town,” said Ylva Marsh, the chair."
_QUOTE = "“Sixty years that ferry has crossed to the island,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [f"{_QUOTE} says the woman behind the counter.", "Her name is Edda Morrow, and …"],
            "Edda Morrow",
        ),
        (
            [f"{_QUOTE} says a man at the back of the hall. He is Tiago Brandão, a ferryman."],
            "Tiago Brandão",
        ),
        (
            [
                f"{_QUOTE} says the woman at the till. “My father crossed on it.”",
                "Her name is Ines.",
            ],
            "Ines",
        ),
        (
            [f"{_QUOTE} said an elderly man in a flat cap. His name is Oduya Kamau, and he is 91."],
            "Oduya Kamau",
        ),
    ],
)
def test_the_sentence_after_names_the_speaker(paragraphs: list[str], speaker: str) -> None:
    found = speakers_in_order([_BEFORE, *paragraphs])
    assert found[0] == "Ylva Marsh"
    assert found[1:] and set(found[1:]) == {speaker}


@pytest.mark.parametrize(
    "after",
    [
        "He is Dutch, and has lived on the island since 1980.",
        "Her name is not on any list.",
        "He is Ylva Marsh's neighbour.",
        "The ferry is Tiago Brandão's, and …",
    ],
)
def test_other_sentences_name_no_one(after: str) -> None:
    found = speakers_in_order([_BEFORE, f"{_QUOTE} says a man at the back of the hall. {after}"])
    assert found == ["Ylva Marsh", None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            f"{_QUOTE} says the fisherman, mending a net."
            " Tomas Hale, 62, has fished here for years.",
            "Tomas Hale",
        ),
        (
            f"{_QUOTE} the doctor says. Amina Yusuf, 58, has practised here since 1998.",
            "Amina Yusuf",
        ),
        (f"{_QUOTE} says his lawyer. Raymond Okafor, 61, appeared in court in handcuffs.", None),
        (f"{_QUOTE} says the fisherman. Ylva Marsh, 61, has fished here for years.", None),
    ],
)
def test_a_newcomer_with_an_age_after_the_tag(paragraph: str, speaker: str | None) -> None:
    assert speakers_in_order([_BEFORE, paragraph]) == ["Ylva Marsh", speaker]
