"""A partial quote in the sentence right after one reporting someone's words ("X said the crew
was thrilled but admitted that … . Instead, they were “…”") is that reporter's, when its own
sentence has no verb of saying and names no one; a sentence with its own named subject, a
person brought in, or a sentence before that reports nothing keeps its own answer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_PEOPLE = [
    ("Lucía Ortiz", "Ortiz"),
    ("Kwame Asante", "Asante"),
    ("Anneliese Vogt", "Vogt"),
    ("Rahul Mehta-Lowe", "Mehta-Lowe"),
]
_OPENING = "The station crew came home on Friday after six months in orbit."


@pytest.mark.parametrize(("full", "short"), _PEOPLE)
@pytest.mark.parametrize(
    "pair",
    [
        "{s} said the crew was thrilled with the meal but admitted that mission control had fared"
        " worse. Instead, the controllers were “stuck with cold coffee and stale sandwiches all"
        " night.”",
        "{s} noted that the first call home had been short and said most of the crew had slept"
        " through the landing. A few of them were “too tired to notice the bump when we came"
        " down.”",
        "{s} told reporters that two of the experiments had failed in the first week. Their"
        " samples had been “left out of the freezer for the best part of a day.”",
        "{s} shared that the mission had nearly been called off twice. Each time, a late fix"
        " from the ground had kept it “alive by the skin of its teeth and little else.”",
    ],
)
def test_a_partial_quote_after_reported_speech(full: str, short: str, pair: str) -> None:
    paragraphs = [_OPENING, f"Flight director {full} spoke on Saturday.", pair.format(s=short)]
    assert speakers_in_order(paragraphs) == [full]


def test_a_body_reporting_before_a_partial_quote() -> None:
    paragraphs = [
        "The Ministry of Energy published its winter figures on Monday.",
        "The ministry said household costs had risen sharply over the winter. Most of the rise"
        " was “down to heating bills and almost nothing else.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ministry of Energy"]


@pytest.mark.parametrize(("full", "short"), _PEOPLE)
@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (
            "Local councillor Bethan Rowe was less sure the attention had been welcome, calling"
            " the crowds “more than our two narrow lanes can ever take.”",
            "Bethan Rowe",
        ),
        (
            "Tamsin Hale, 17, joined in September and says the rehearsals are “the best part of"
            " my whole week by a mile.”",
            "Tamsin Hale",
        ),
    ],
)
def test_a_sentence_with_its_own_person_keeps_them(
    full: str, short: str, second: str, speaker: str
) -> None:
    paragraphs = [
        _OPENING,
        f"Flight director {full} spoke on Saturday.",
        f"{short} said the village had been patient with the crowds. {second}",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(("full", "short"), _PEOPLE)
def test_a_sentence_before_that_reports_nothing_carries_nothing(full: str, short: str) -> None:
    paragraphs = [
        _OPENING,
        f"Flight director {full} spoke on Saturday.",
        f"{short} visited the hall on Monday afternoon. Its seats were “left empty on purpose,"
        " with a lantern on each one.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
