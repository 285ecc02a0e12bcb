"""A kin word written straight before a name, with no comma ("her marriage to husband Robin
Dale", "life with hubby Sasha Petrov", "two sons with wife Alex Moreno"), gives that person the
kin word's gender over a first-name list's, so the "she" or "he" after it goes to the partner
the paragraph is about."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "Long marriages are rare in show business, and the stars who manage one are often asked."


@pytest.mark.parametrize(
    ("heading", "paragraph", "name"),
    [
        (
            "Mara Quinn & Robin Dale",
            "The Oscar-winning actress has been open about her marriage to husband Robin Dale,"
            " a set designer. She told a magazine last spring: “We agreed to always be honest"
            " with each other, even when it is boring.”",
            "Mara Quinn",
        ),
        (
            "Jo Marlow & Sasha Petrov",
            "The comedian has joked for years about hubby Sasha Petrov. She told a chat show"
            " host: “He has heard every joke about him two hundred times.”",
            "Jo Marlow",
        ),
        (
            "Dev Anand Rao & Alex Moreno",
            "The actor shares two sons with wife Alex Moreno, a painter. He said on a podcast"
            " last year: “She is the calm one, and I am the one who shouts.”",
            "Dev Anand Rao",
        ),
        (
            "Lena Ashby and Kim Harlow",
            "The singer often posts about life with her boyfriend Kim Harlow, a chef. She said"
            " on a podcast: “He burns everything, and I love him for it anyway.”",
            "Lena Ashby",
        ),
    ],
)
def test_the_kin_is_not_the_pronoun(heading: str, paragraph: str, name: str) -> None:
    assert speakers_in_order([_INTRO, heading, paragraph])[-1] == name


def test_the_kin_word_gender_lets_the_kin_speak() -> None:
    paragraphs = [
        _INTRO,
        "Mara Quinn & Robin Dale",
        "The actress has been open about her marriage to husband Robin Dale. She told a"
        " magazine: “We agreed to always be honest with each other.”",
        "Dale, who rarely gives interviews, once told a trade paper that he reads every script"
        " she is sent. “I'm her first reader and her worst critic,” he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Robin Dale"


def test_a_woman_set_beside_wife_speaks_as_she() -> None:
    paragraphs = [
        _INTRO,
        "Rory Vance & Carla Benn",
        "The actor has spoken warmly about his marriage to wife Carla Benn, a theatre director."
        " She told a newspaper in 2022: “People expected it to last six months, and we proved"
        " them wrong.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Carla Benn"
