"""Irish surnames holding the article "an"/"na" after "Mac", "Nic" or "Giolla", with the
lower-case letter Irish puts before a capital after it ("Mac an tSaoi", "Nic na gCearrbhach"),
are whole names, and the surname alone later is the same person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have waited far too long for somebody at the council to listen to us"
_LATER = "“Nobody at the ministry has explained where last year’s money went"

_NAMES = [
    "Gráinne Mac an Leágha",
    "Tadhg Mac an Ghabhann",
    "Colette Mac Giolla an Átha",
    "Aoife Nic an tSaoir",
    "Norah Mac an tSaoi",
    "Ciarán Mac na gCearrbhach",
    "Orla Nic an Bhaird",
]


@pytest.mark.parametrize("name", _NAMES)
def test_the_whole_name_after_the_quote(name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {name}, a teacher."]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_surname_alone_is_the_same_person(name: str) -> None:
    surname = name.split(" ", 1)[1]
    paragraphs = [f"{name} said the plans were unfair.", f"{_LATER},” {surname} added."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"{_QUOTE},” said Tom Mac, an engineer.", "Tom Mac"),
        (f"Dara Mac an hour later said: {_QUOTE}.”", "Dara Mac"),
        (f"{_QUOTE},” said Ryan Duffy, whose mRNA research was funded.", "Ryan Duffy"),
    ],
)
def test_no_article_or_mutation_outside_an_irish_surname(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
