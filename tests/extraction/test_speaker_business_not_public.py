"""An airline, operator, supermarket or carmaker is a business: "the airline said" never means a
public body named last ("the Civil Aviation Authority"), as "the company said" never does."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our crews acted quickly and calmly to protect everyone on board,”"


def test_a_business_noun_skips_a_public_body_for_the_business() -> None:
    cases = (
        ("Northwind Airways", "the Civil Aviation Authority", "the airline"),
        ("Corbel Foods Group", "the Competition Authority", "the supermarket"),
        ("Harwell Motors Ltd", "the Road Safety Commission", "the carmaker"),
        ("Tarnby Transport Group", "the Office of Rail Regulation", "the operator"),
    )
    for business, body, noun in cases:
        paragraphs = [
            f"{business} said its services would resume on Monday.",
            f"The incident was confirmed by {body} on Sunday.",
            f"{_QUOTE} {noun} said.",
        ]
        assert speakers_in_order(paragraphs) == [business], noun


def test_a_public_noun_still_finds_the_public_body() -> None:
    paragraphs = [
        "Northwind Airways said its services would resume on Monday.",
        "The incident was confirmed by the Civil Aviation Authority on Sunday.",
        f"{_QUOTE} the authority said.",
    ]
    assert speakers_in_order(paragraphs) == ["Civil Aviation Authority"]


def test_only_a_public_body_named_leaves_the_airline_unnamed() -> None:
    paragraphs = [
        "The incident was confirmed by the Civil Aviation Authority on Sunday.",
        f"{_QUOTE} the airline said.",
    ]
    assert speakers_in_order(paragraphs) == [None]
