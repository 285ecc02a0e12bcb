"""A month that is also a given name ("June", "April", "May", "August") opens a name before one
surname ("said June McDonald", "April Hughes, 45, said:"), while after a word that puts a
date before it ("In June Reyes said", "since May Harwell") it stays a date."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have waited far too long for somebody at the council to listen to us"
_LATER = "“Nobody at the ministry has explained where last year’s money went"
_NAMES = ["June McDonald", "April Hughes", "May Okafor", "August Beyer", "June Abara"]


@pytest.mark.parametrize("name", _NAMES)
def test_the_name_after_the_quote(name: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {name}, a teacher."]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_name_with_an_age(name: str) -> None:
    assert speakers_in_order([f"{name}, 45, said: {_QUOTE}.”"]) == [name]


@pytest.mark.parametrize("name", _NAMES)
def test_the_surname_later_after_by(name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [f"The plans were attacked by {name}, a teacher.", f"{surname} said: {_LATER}.”"]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        ([f"In June Reyes said the plans were unfair. {_LATER},” he added."], ["Reyes"]),
        ([f"Since May Reyes has said little in public. {_LATER},” he said."], ["Reyes"]),
        ([f"In April Tom Reyes took over the school. {_LATER},” he said."], ["Tom Reyes"]),
        ([f"In June Labour won the vote. {_LATER},” said Tom Reyes."], ["Tom Reyes"]),
        ([f"By May Harwell had closed two wards. {_LATER},” said Ana Ruiz."], ["Ana Ruiz"]),
    ],
)
def test_a_month_standing_for_a_date_is_no_name(paragraphs: list[str], speakers: list[str]) -> None:
    assert speakers_in_order(paragraphs) == speakers
