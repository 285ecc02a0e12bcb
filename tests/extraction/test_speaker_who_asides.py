"""A speech verb inside a "who" aside closed by a comma is not the quote's: the one the aside
describes speaks ("X, a retired teacher who said he had held shares for years, put it more
bluntly: “…”"), and an unnamed one stays unnamed ("Another sprinter, who asked not to be named
because she trains with X’s teammates, said … “…”")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We will publish the findings in full,” said Renata Olawale-Sousa, the chief executive."


def test_the_one_a_who_aside_describes_speaks() -> None:
    for lead, name in (
        (
            "Another shareholder, Francis O’Donoghue, a retired teacher who said he had held"
            " Verimont shares for twenty years, put it more bluntly at an investor evening:",
            "Francis O’Donoghue",
        ),
        (
            "Kwame Mensah, who told the Herald he had bought his first shares in 1998, was blunter"
            " still:",
            "Kwame Mensah",
        ),
        (
            "Lucía Paredes, a nurse who said she had used the pump for six years, was angry:",
            "Lucía Paredes",
        ),
    ):
        paragraphs = [_BEFORE, f"{lead} “If this is true, someone should lose their job over it.”"]
        assert speakers_in_order(paragraphs) == ["Renata Olawale-Sousa", name], lead


def test_someone_unnamed_with_a_who_aside_keeps_no_speaker() -> None:
    for lead in (
        "Another sprinter, who asked not to be named because she still trains alongside"
        " Ekwueme-Vance’s relay teammates, said the system was",
        "One engineer, who asked not to be identified because he still works with Bak’s former"
        " team, said the tests were",
    ):
        paragraphs = [_BEFORE, f"{lead} “brutal, but the only thing that keeps anyone honest.”"]
        assert speakers_in_order(paragraphs) == ["Renata Olawale-Sousa", None], lead


def test_an_aside_that_leads_straight_to_the_quote_is_no_aside() -> None:
    paragraphs = [
        _BEFORE,
        "I forget which neighbour it was who told me, “you will not see a summer like this again.”",
    ]
    assert speakers_in_order(paragraphs)[1] != "Renata Olawale-Sousa"
