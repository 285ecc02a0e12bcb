"""A business named by its trade ("the lender said", "the carrier said") is the business named
before, though WordNet also lists "lender" and "carrier" as people; a person's role ("the
driver said") is still a person."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We held off as long as we could, but money simply costs more now,”"


def test_a_trade_noun_is_the_business() -> None:
    cases = (
        ("Greyfield Holdings raised its rates on Monday.", "the lender", "Greyfield Holdings"),
        ("Northwind Airways cancelled 40 flights.", "the carrier", "Northwind Airways"),
        ("Harwell Motors Ltd recalled 2,000 cars.", "the carmaker", "Harwell Motors Ltd"),
    )
    for intro, noun, name in cases:
        assert speakers_in_order([intro, f"{_QUOTE} {noun} said."]) == [name], noun


def test_a_trade_noun_skips_a_public_body_named_after_the_business() -> None:
    paragraphs = [
        "Greyfield Holdings raised its rates on Monday.",
        "The Financial Conduct Authority said it was watching closely.",
        f"{_QUOTE} the lender said.",
    ]
    assert speakers_in_order(paragraphs) == ["Greyfield Holdings"]


def test_a_persons_role_is_still_a_person() -> None:
    paragraphs = [
        "Greyfield Holdings raised its rates on Monday.",
        f"Its driver, Tomasz Wróbel, was asked about it. {_QUOTE} the driver said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Wróbel"]
