"""A body brought in beside its kind with a name whose last word no list knows as a body's
("crisp maker Golden Harvest Snacks") is whom its shorter form means later ("Golden Harvest
said in a statement … “…,” the statement said."); a person sharing the first words of a body
named after them stays a person."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have worked with many of these families for decades, and we want to go on,”"


def test_the_short_form_of_an_introduced_body_is_its_full_name() -> None:
    for intro, short, full in (
        ("a price cut by crisp maker Golden Harvest Snacks", "Golden Harvest",
         "Golden Harvest Snacks"),
        ("a letter from the snack company Fenland Crisp Works", "Fenland Crisp",
         "Fenland Crisp Works"),
        ("a price cut by the retailer Tarrowmere Fresh Markets", "Tarrowmere",
         "Tarrowmere Fresh Markets"),
    ):
        paragraphs = [
            f"Potato growers say {intro} will push some of them out of business.",
            f"{short} said in a statement that it valued its growers. {_QUOTE} the statement"
            " said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == full, intro


def test_a_person_named_like_a_body_stays_a_person() -> None:
    paragraphs = [
        "Growers have been helped by the charity Ana Ruiz Farm Trust this year.",
        f"Ana Ruiz said in an interview that she valued the growers. {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Ana Ruiz"
