"""A body whose name opens with digits ("3M", "7-Eleven", "23andMe") is a speaker like any other."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Shares in the maker of tape and filters fell on Tuesday.",
                "3M said: “We expect the market to recover by the end of the year.”",
            ],
            "3M",
        ),
        (
            ["“We are reviewing every store in the chain,” 7-Eleven said in a statement."],
            "7-Eleven",
        ),
        (
            ["“We take the privacy of our customers very seriously,” 23andMe said on Friday."],
            "23andMe",
        ),
        (
            ["1Password told customers on Monday: “No vault data was taken in the breach.”"],
            "1Password",
        ),
        (
            ["7-Eleven told franchise owners: “Every store will stay open through the winter.”"],
            "7-Eleven",
        ),
        (  # the body before a role and a name is no speaker
            ["“The results were misread by many customers,” 23andMe spokeswoman Ann Lee said."],
            "Ann Lee",
        ),
        (  # a time before a name is no part of it
            ["At 9PM Ann Lee told the crowd: “We are not going home until the last song.”"],
            "Ann Lee",
        ),
        (  # nor is a number before a name, or a standard after the verb
            [
                "The 1975 played two encores on Saturday.",
                "“It was the best night of the whole tour,” Ann Lee said of the 5G stage feed.",
            ],
            "Ann Lee",
        ),
    ],
)
def test_a_name_that_opens_with_digits(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
