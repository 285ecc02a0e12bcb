"""A company's filing read again with a verb of its own ("X disclosed in a filing that … The
filing blamed higher costs and “…”") is the company's, also when the sentence bringing the
filing in calls it "the company"; "disclosed", "warned" or "admitted" in a document read as
"said in" one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“weaker than anticipated demand in our export markets.”"


@pytest.mark.parametrize(
    "brought_in",
    [
        "Corvane Foods disclosed in a filing with the Securities Board that profit would fall.",
        "The heaviest faller was Corvane Foods, whose shares dropped after the company disclosed"
        " in a filing on Monday that profit would fall.",
        "Corvane Foods warned in a filing that its profit would fall.",
        "Corvane Foods fell after the company admitted in a filing that sales had slowed.",
    ],
)
def test_the_filing_read_again_is_the_companys(brought_in: str) -> None:
    paragraphs = [f"{brought_in} The filing blamed higher cocoa costs and {_QUOTE}"]
    assert speakers_in_order(paragraphs) == ["Corvane Foods"]


def test_a_statement_disclosed_is_read_as_said_in() -> None:
    paragraphs = [
        "Brevik Energy disclosed in a statement on Monday that it had won a contract.",
        f"The statement said profit would rise on {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Brevik Energy"]


def test_a_lawsuit_filing_is_still_the_claimants() -> None:
    paragraphs = [
        "Northwind Games sued the league on Monday.",
        f"The filing accuses the league of hiding {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Northwind Games"]


def test_the_company_is_the_one_named_before_the_filing_not_before_the_quote() -> None:
    paragraphs = [
        "Shares in Corvane Foods fell after the company said in a regulatory filing that profit"
        " would be lower. Jonas Achterberg, head of rates at Falk Capital, agreed. “The market"
        " had got ahead of itself,” he said.",
        f"According to the filing, the shortfall was caused by {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Jonas Achterberg", "Corvane Foods"]
