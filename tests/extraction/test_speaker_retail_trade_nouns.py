"""A business named by its trade in retail and finance copy ("the retailer said", "the grocer
said", "the wholesaler said", "the brokerage wrote") is the business the article named, though
WordNet lists those nouns for people too; one brought in unnamed ("One retailer, who asked not to
be named,") stays unnamed, as a trade noun already read so ("the lender") does."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Shoppers are trading down to cheaper lines across every aisle,”"


def test_a_retail_trade_noun_is_the_business_named() -> None:
    for intro, noun, name in (
        ("Tarrow Foods reported a 12 per cent fall in annual profit.", "the retailer",
         "Tarrow Foods"),
        ("Harwell Foods Ltd cut prices again on Monday.", "the grocer", "Harwell Foods Ltd"),
        ("Kestrow Wholesale Ltd said margins had shrunk.", "the wholesaler",
         "Kestrow Wholesale Ltd"),
        ("Pemberton Vale Securities upgraded the shares.", "the brokerage",
         "Pemberton Vale Securities"),
    ):
        assert speakers_in_order([f"{intro} {_QUOTE} {noun} said."]) == [name], noun


def test_a_trade_noun_brought_in_unnamed_stays_unnamed() -> None:
    for noun in ("retailer", "lender", "grocer"):
        paragraphs = [
            f"Tarrow Foods reported a fall in profit. One {noun}, who asked not to be named, said"
            f" the market was tough. {_QUOTE} the {noun} said."
        ]
        assert speakers_in_order(paragraphs) == [None], noun


def test_a_persons_role_is_still_a_person() -> None:
    paragraphs = [
        "Tarrow Foods reported a fall in profit. Its buyer, Ama Lindqvist, said shoppers had"
        f" changed. {_QUOTE} the buyer said."
    ]
    assert speakers_in_order(paragraphs) == ["Ama Lindqvist"]
