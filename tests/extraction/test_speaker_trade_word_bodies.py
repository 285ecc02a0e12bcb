""""The creamery said" or "the brewery said" means the business the article named with that
trade's word, singular or plural ("Glanmor Creameries", "Harrowgate Brewery"), though no list
knows the word as a body's; with no such business named, no one."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“a sharp fall in the value of butter and milk powder on world markets.”"


def test_the_trade_word_means_the_business_named_with_it() -> None:
    for named, phrase, name in (
        ("Glanmor Creameries, which collects milk from 380 farms, wrote to suppliers.",
         "the creamery", "Glanmor Creameries"),
        ("Harrowgate Brewery told its pubs the price of a barrel would rise.",
         "the brewery", "Harrowgate Brewery"),
        ("Yorkshire Bakeries is closing its oldest plant.", "the bakery", "Yorkshire Bakeries"),
        ("Staff at Llanfair Dairy were told on Monday.", "the dairy", "Llanfair Dairy"),
    ):
        paragraphs = [f"{named} In the letter, {phrase} said the cut reflected {_QUOTE}"]
        assert speakers_in_order(paragraphs)[-1] == name, named


def test_no_business_of_that_trade_names_no_one() -> None:
    paragraphs = [
        "Farmers met Aled Pugh in the village hall on Monday. In the letter, the creamery said"
        f" the cut reflected {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs)[-1] is None


def test_a_place_named_the_old_creamery_is_no_business() -> None:
    paragraphs = [
        "Farmers met in the back room of The Old Creamery, a café in Llanarthen. In the letter,"
        f" the creamery said the cut reflected {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs)[-1] is None
