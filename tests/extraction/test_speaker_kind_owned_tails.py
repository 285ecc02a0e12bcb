"""A paper a body's kind owns, read out after the quote ("“…,” the council’s press statement
reads."): the body the article named, found by its kind."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_the_council_s_press_statement_reads() -> None:
    paragraphs = [
        "UNITED NATIONS — The Security Council on Friday condemned the shelling of Kessa. “The"
        " members of the Security Council condemned in the strongest terms the attack on"
        " civilians,” the council’s press statement reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Security Council"]


def test_the_board_s_statement_reads() -> None:
    paragraphs = [
        "“We have never had a winter like it,” said Ines Roper, a ferry passenger.",
        "The Harbour Board met on Friday. “The board regrets the delay and apologises to every"
        " passenger,” the board’s statement reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Roper", "Harbour Board"]


def test_a_paper_no_body_is_named_for_stays_unnamed() -> None:
    paragraphs = [
        "“We have never had a winter like it,” said Ines Roper, a ferry passenger.",
        "Nobody would say who wrote it. “The delay is regretted by all of us on the quay,” the"
        " board’s statement reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Roper", None]
