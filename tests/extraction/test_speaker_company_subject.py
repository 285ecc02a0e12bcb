"""With two companies in one sentence, "the company said" after it means the one the sentence
is about, the company opening it, not the one it names last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,” the company said."


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Northwind Games agreed to buy Contoso Ltd for $2bn.", "Northwind Games"),
        ("Contoso Ltd was bought by Northwind Games for $2bn.", "Contoso Ltd"),
        ("The Harbour Group said it had sold Contoso Ltd to a rival.", "Harbour Group"),
        ("Shares in Contoso Ltd rose after Northwind Games made an offer.", "Northwind Games"),
    ],
)
def test_the_company_opening_the_sentence_is_the_company(opening: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [speaker]


def test_a_company_named_in_a_later_sentence_is_the_company() -> None:
    paragraphs = ["Northwind Games made an offer. Contoso Ltd accepted it on Monday.", _QUOTE]
    assert speakers_in_order(paragraphs) == ["Contoso Ltd"]
