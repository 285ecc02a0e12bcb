"""Court papers speak for the party behind them: "According to the complaint, …“…”" after "a
lawsuit brought by X" is X's; "Y’s lawyers responded in a filing … “…,” the filing reads." is
Y's, not the claimant's; and a statement brought in by "Y’s publicist, Z, said in a statement"
is Z's when it goes on, never a name read as "Y’s"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SUIT = (
    "Judge Ruth Anand dismissed the central claim in a lawsuit {verb} Grant Holloway-Baptiste,"
    " who managed Marisol Kaye for seven years."
)


@pytest.mark.parametrize("verb", ["brought by", "brought in March by", "filed by"])
def test_the_complaint_is_the_claimants(verb: str) -> None:
    paragraphs = [
        _SUIT.format(verb=verb),
        "According to the complaint, Holloway-Baptiste “mortgaged his own home to pay for her"
        " first studio sessions” before she became famous.",
    ]
    assert speakers_in_order(paragraphs) == ["Grant Holloway-Baptiste"]


@pytest.mark.parametrize(
    ("lawyers", "party"),
    [
        ("Kaye’s lawyers responded", "Marisol Kaye"),
        ("Kaye’s attorneys replied", "Marisol Kaye"),
        ("Kaye’s legal team argued", "Marisol Kaye"),
    ],
)
def test_a_filing_by_the_other_sides_lawyers(lawyers: str, party: str) -> None:
    paragraphs = [
        _SUIT.format(verb="brought by"),
        f"{lawyers} in a filing of their own in May. “Mr. Holloway-Baptiste was paid every cent"
        " his contract promised, and then some,” the filing reads.",
    ]
    assert speakers_in_order(paragraphs) == [party]


def test_a_filing_with_no_one_named_is_the_claimants() -> None:
    paragraphs = [
        _SUIT.format(verb="filed by"),
        "“The defendant kept every receipt and paid none of them,” the filing reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Grant Holloway-Baptiste"]


@pytest.mark.parametrize(
    ("role", "name"),
    [("publicist", "Imani Okoro-Vance"), ("spokeswoman", "Lidia Ferreira-Kamau")],
)
def test_a_statement_goes_on_for_the_one_named_after_the_role(role: str, name: str) -> None:
    paragraphs = [
        _SUIT.format(verb="brought by"),
        f"In a statement after Friday’s ruling, Kaye’s {role}, {name}, said the singer was"
        " “grateful that the court has seen this case for what it is.” The statement went on:"
        " “Marisol wishes Grant well and hopes everyone can get back to making music.”",
    ]
    assert speakers_in_order(paragraphs) == [name, name]
