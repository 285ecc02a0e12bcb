"""Speakers for a firm's analysts writing in a note, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_LEAD = "Nordvik Bank cut its profit forecast on Monday."


def test_analysts_at_a_firm_speak_for_the_firm() -> None:
    paragraphs = [
        _LEAD,
        "“Rates will stay higher for longer than the market now assumes,” analysts at Carrow"
        " Securities wrote in a note to clients.",
    ]
    assert speakers_in_order(paragraphs) == ["Carrow Securities"]


def test_economists_at_a_bank_opening_the_sentence() -> None:
    paragraphs = [
        _LEAD,
        "Economists at Brightwater Capital said in a report that “the slowdown has only just"
        " begun to reach the labour market”.",
    ]
    assert speakers_in_order(paragraphs) == ["Brightwater Capital"]


def test_strategists_at_a_firm_after_the_quote() -> None:
    paragraphs = [
        _LEAD,
        "“We would not chase the rally in bank shares from here,” strategists at Halden"
        " Partners said.",
    ]
    assert speakers_in_order(paragraphs) == ["Halden Partners"]


def test_analysts_of_no_firm_are_nobody_named() -> None:
    paragraphs = [
        _LEAD,
        "“The cut was smaller than many in the market had feared,” analysts said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_named_analyst_at_a_firm_is_the_analyst() -> None:
    paragraphs = [
        _LEAD,
        "“Rates will stay higher for longer than the market now assumes,” Hana Lindqvist, an"
        " analyst at Carrow Securities, wrote in a note.",
    ]
    assert speakers_in_order(paragraphs) == ["Hana Lindqvist"]


def test_workers_at_a_company_are_nobody_named() -> None:
    paragraphs = [
        _LEAD,
        "“Nobody told us about the cuts until the morning they began,” workers at Nordvik Bank"
        " said.",
    ]
    assert speakers_in_order(paragraphs) == [None]
