"""Someone named as the source of an accusation, complaint or criticism in the sentence before
("The accusation came from X, who lost to Y …. In a post, he wrote that …") is whom the "he"
of the quote's sentence means, not a person named inside a clause about them."""

from __future__ import annotations

import pytest

from bot.extraction.replies_from import reply_from
from tests.extraction.speaking import speakers_in_order

_BEFORE = "The federation has cleared the grandmaster Yerlan Abenov of cheating."


@pytest.mark.parametrize(
    ("lead", "quote", "name"),
    [
        (
            "The accusation came from Viktor Hallenbeck, a former challenger, who lost to Abenov"
            " in the fifth round.",
            "In a post that night, he wrote that he had “never seen anyone so calm in a lost"
            " position.”",
            "Viktor Hallenbeck",
        ),
        (
            "The complaint came from Dmitri Volkonsky, who was beaten by Abenov in March.",
            "“I have never seen anyone so calm in a lost position,” he wrote.",
            "Dmitri Volkonsky",
        ),
        (
            "The sharpest criticism came from Oskar Lindgren, who drew with Abenov in April.",
            "He said organisers should “look very hard at what happens at that board.”",
            "Oskar Lindgren",
        ),
        (
            "Fresh allegations from Matteo Ferrante, who lost to Abenov twice, followed.",
            "“Someone should look very hard at what happens at that board,” he wrote.",
            "Matteo Ferrante",
        ),
    ],
)
def test_the_source_of_an_accusation_speaks(lead: str, quote: str, name: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {quote}"]) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The accusation came from the stands. “…,” he said.",  # no name after "from"
        "The accusation came as a surprise to Ann Lee. “…,” she said.",  # no "from"
        "The money came from Ann Lee. “…,” she said.",  # a gift, no accusation
    ],
)
def test_no_source_without_an_accusation_from_a_name(text: str) -> None:
    assert reply_from(text, text.index("“")) is None
