"""A name set beside a possessive role opening the sentence before a quote ("His neighbour, Xu
Mingyue, was loading her car. “…,” she said.") is the subject the pronoun means, even when no
list gives the name a gender and a woman spoke earlier."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Forecaster Priya Sundaram says a gust of 141km/h was recorded at the lighthouse.",
    "“We expect the worst of it in the next four to six hours,” Sundaram said.",
    "Jonas Albrecht, 67, said he had never seen the water “this high this early in a storm.”",
]


def test_a_name_after_a_possessive_role_is_the_subject() -> None:
    for opening, name in (
        ("His neighbour, Xu Mingyue,", "Xu Mingyue"),
        ("Her friend, Tavake Fifita,", "Tavake Fifita"),
        ("Their landlady, Oyelaran Adaku,", "Oyelaran Adaku"),
    ):
        paragraphs = [
            *_BEFORE,
            f"{opening} was loading her car with photo albums. “I’m not waiting for the tide to"
            " make the decision for me,” she said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == name, name


def test_a_name_set_beside_a_role_mid_sentence_does_not_take_the_pronoun() -> None:
    paragraphs = [
        *_BEFORE,
        "Crews reached his neighbour, Xu Mingyue, late on Friday. “Stay away from the seafront"
        " tonight, whatever you do,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Priya Sundaram"
