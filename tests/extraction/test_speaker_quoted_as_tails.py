"""A credit after the quote that an outlet "quoted X as saying" is X's, not the outlet's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "President Bambang Wiratmoko met his cabinet on Tuesday."
_QUOTE = "“The army will hold its fire, but it will not be made a fool of,”"


def test_the_one_quoted_after_the_quote_is_the_speaker() -> None:
    for credit, speaker in (
        ("the official Tessaly News Agency quoted him as saying.", "Bambang Wiratmoko"),
        ("state television quoted Wiratmoko as saying on Tuesday.", "Bambang Wiratmoko"),
        ("the Meridian agency quoted Defence Minister Ana Reyes as saying.", "Ana Reyes"),
    ):
        assert speakers_in_order([_OPENING, f"{_QUOTE} {credit}"]) == [speaker], credit


def test_an_outlet_that_reported_it_in_its_own_words_keeps_the_credit() -> None:
    paragraphs = [_OPENING, f"{_QUOTE} the Tessaly News Agency reported on Tuesday."]
    assert speakers_in_order(paragraphs) == ["Tessaly News Agency"]
