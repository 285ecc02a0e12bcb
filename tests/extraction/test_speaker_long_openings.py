"""A "he" or "she" after a long opening phrase ("Asked on a podcast last month whether the
company was overvalued, he laughed. “…”") is the subject of that sentence, whom the quote
after it is credited to, as after a short opening; never the one asking in "Asked by X …"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_REGULATOR = (
    "The Financial Conduct Office said in an email that it expected every company to treat"
    " customers fairly “whatever the business model they happen to run.”"
)


def test_the_pronoun_after_a_long_opening_is_the_man_named_before() -> None:
    for opening in (
        "Asked on a podcast last month whether the company was overvalued, he laughed.",
        "When a listener wrote in to ask whether the valuation had run ahead of itself, he"
        " shrugged.",
        "At the end of a long interview in the firm’s cramped office above a bakery, he grinned.",
    ):
        paragraphs = [
            _REGULATOR,
            "Quarry Lane’s founding partner, Dmitri Auclair, was more bullish than most."
            f" {opening} “Ask me again in five years. I will be the one buying the drinks.”",
        ]
        assert speakers_in_order(paragraphs)[-1] == "Dmitri Auclair", opening


def test_a_short_opening_still_works() -> None:
    paragraphs = [
        _REGULATOR,
        "Quarry Lane’s founding partner, Dmitri Auclair, was more bullish than most. On the"
        " podcast, he laughed. “Ask me again in five years. I will be the one buying the drinks.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Dmitri Auclair"


def test_the_one_asking_in_an_asked_by_opening_does_not_speak() -> None:
    paragraphs = [
        "Chantelle Ndlovu-Ross, for her part, says she has no regrets. “I met some amazing girls"
        " and I learned a lot about myself,” she said on the podcast.",
        "Asked by host Priyanka Desai-Holm whether she was still in touch with Marcus, she"
        " laughed. “Next question, babe. I am not going there today.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Chantelle Ndlovu-Ross"
