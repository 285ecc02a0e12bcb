"""Two quotes around an attribution that hands over to someone new ("“A,” Brennan said,
before Sarah Quinn interrupted: “B”") are two speakers' words, not one split quote."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes

_FIRST = "“We have put more money into schools than any government before us,”"
_SECOND = "“That is simply not true, and every head teacher knows it.”"


def _said(paragraph: str) -> list[tuple[str | None, str]]:
    quotes = sorted(extract_quotes((paragraph,)), key=lambda q: paragraph.find(q.text[:20]))
    return [(q.speaker, q.text[:12]) for q in quotes]


@pytest.mark.parametrize(
    "handover",
    ["before Sarah Quinn interrupted:", "and Sarah Quinn cut in:", "as Sarah Quinn interjected,"],
)
def test_a_new_speaker_takes_the_second_quote(handover: str) -> None:
    said = _said(f"{_FIRST} Paul Brennan said, {handover} {_SECOND}")
    assert said == [("Paul Brennan", "We have put "), ("Sarah Quinn", "That is simp")]


@pytest.mark.parametrize(
    "gap",
    [
        "Paul Brennan said, addressing the Schools Committee:",  # a name, but nobody speaks
        "said Paul Brennan, who leads the Schools Office,",
    ],
)
def test_one_speaker_s_split_quote_stays_one(gap: str) -> None:
    said = _said(f"{_FIRST} {gap} {_SECOND[0]}and{_SECOND[5:]}")
    assert said == [("Paul Brennan", "We have put ")]
