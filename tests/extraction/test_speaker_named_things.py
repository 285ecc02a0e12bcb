"""A name between a determiner and a noun it modifies names a thing or a workplace, not a
person: "the Nell Quarry series", "my Avery colleagues", "the Rosa Park case"."""

from __future__ import annotations

from bot.extraction.persons import names_a_noun
from tests.extraction.speaking import speakers_in_order


def test_a_series_named_for_a_person_is_not_whom_a_bare_quote_comes_from() -> None:
    paragraphs = [
        "This month we are launching the Nell Quarry series, in which we ask stars odd questions.",
        "I mentioned to my editors that I was seeing you and my deskmate wanted me to pass"
        " along: “Tell him we all want another comedy from him very soon.” Any answer?",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_case_named_for_a_person_is_not_whom_a_bare_quote_comes_from() -> None:
    paragraphs = [
        "The ruling in the Kelly Ross case was read out on Monday morning.",
        "I mentioned to my editors that I was seeing you and my deskmate wanted me to pass"
        " along: “Tell him we all want another comedy from him very soon.” Any answer?",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_the_person_a_paragraph_names_still_speaks_a_bare_quote_after_it() -> None:
    paragraphs = [
        "Kelly Ross waited nine years for the ruling, which came on Monday.",
        "“Justice delayed is justice denied, and we waited nine long years for this,” she said"
        " outside.",
    ]
    assert speakers_in_order(paragraphs) == ["Kelly Ross"]


def test_names_a_noun_reads_the_words_around_the_name() -> None:
    text = (
        "my Avery colleagues; the Nell Quarry series; the Ann Lee said; Ann Lee engineers;"
        " her Tom Ode editors"
    )
    assert names_a_noun(text, 3, 8)  # "my Avery colleagues"
    assert names_a_noun(text, 25, 36)  # "the Nell Quarry series"
    assert not names_a_noun(text, 49, 56)  # "the Ann Lee said": a verb follows
    assert not names_a_noun(text, 63, 70)  # no determiner before "Ann Lee engineers"
    assert names_a_noun(text, 86, 93)  # "her Tom Ode editors": people of a role, in plural
