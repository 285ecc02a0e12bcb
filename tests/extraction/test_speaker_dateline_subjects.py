"""A lede's subject after a wire dateline ("VELMARA — Prime Minister X … accusing the opposition
of “…”", "DORVAL, March 4 — X defended …, calling it “…”"): the subject, not the dateline."""

from __future__ import annotations

from bot.extraction.document_owners import after_dateline
from tests.extraction.speaking import speakers_in_order


def test_a_partial_quote_in_a_lede_after_a_dateline() -> None:
    paragraphs = [
        "VELMARA — Prime Minister Selim Karaca of Tarsova set off a storm on Tuesday with a post"
        " accusing the opposition of “selling out our farmers to foreign brokers,” hours after"
        " the vote.",
    ]
    assert speakers_in_order(paragraphs) == ["Selim Karaca"]


def test_a_dateline_with_a_day_and_month() -> None:
    paragraphs = [
        "DORVAL, March 4 — Inés Ruiz Beltrán defended the deal on Tuesday, calling it “the best"
        " agreement this country has signed in thirty years.”",
    ]
    assert speakers_in_order(paragraphs) == ["Inés Ruiz Beltrán"]
    assert after_dateline("TEHRAZ, May 12 — The ministry said", 0, 40) == 17
    assert after_dateline("UNITED NATIONS, Sept. 18 — The envoy said", 0, 40) == 27


def test_a_capitalised_opening_that_is_no_dateline() -> None:
    assert after_dateline("NASA said on Monday that", 0, 30) == 0
    assert after_dateline("UK ministers — all of them — said", 0, 30) == 0


def test_a_dateline_before_a_subject_set_off_by_commas() -> None:
    paragraphs = [
        "TEHRAZ, May 12 — Qaramand’s foreign ministry spokesperson, Mahnaz Farahani-Rad, said on"
        " Monday that the envoy had been handed “a formal note of protest and a list of our"
        " demands.”",
        "LONDON — Ana Ruiz Beltrán, the trade minister, said the talks were “the hardest this"
        " government has ever held.”",
    ]
    assert speakers_in_order(paragraphs) == ["Mahnaz Farahani-Rad", "Ana Ruiz Beltrán"]
