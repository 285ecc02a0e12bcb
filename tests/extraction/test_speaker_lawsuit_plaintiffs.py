"""A lawsuit speaks for its plaintiff once the article has said whose it is: "Lawyers for X
allege in a new lawsuit …", "X's lawsuit", "a complaint filed on behalf of X, which Y founded,"
— then "The lawsuit, filed …, asks that …", "the suit …, saying …" and "the lawsuit claims,"
are X's, by its full name, never its founder's or a short form."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LAWYERS = (
    "Lawyers for Orchard Lane Bakeries, the family chain started by Wilhelmina Osei, allege in a"
    " new lawsuit that Conrad Baptiste and Millstone Foods copied its recipes."
)
_OWN_SUIT = (
    "Orchard Lane Bakeries, which Wilhelmina Osei opened in 1998, filed its lawsuit against"
    " Millstone Foods on Friday."
)
_QUOTED = "“barred from selling anything baked from an Orchard Lane recipe.”"


@pytest.mark.parametrize("before", [_LAWYERS, _OWN_SUIT])
@pytest.mark.parametrize(
    "sentence",
    [
        f"The lawsuit, filed Friday in federal court in Tacoma, asks that Millstone be {_QUOTED}",
        f"The suit also asks a judge to order that Millstone be {_QUOTED}",
        "The complaint seeks damages, saying that without an order Orchard Lane would go on"
        " losing “customers it spent twenty years winning over.”",
        "Regarding the recipes, the lawsuit claims, “Osei wrote every one of them by hand in a"
        " notebook she kept behind the counter.”",
    ],
)
def test_the_lawsuit_speaks_for_its_plaintiff(before: str, sentence: str) -> None:
    assert speakers_in_order([before, sentence]) == ["Orchard Lane Bakeries"]


def test_a_complaint_filed_on_behalf_of_a_body_with_a_founder_aside() -> None:
    paragraphs = [
        "Millstone Foods is being sued by a rival bakery chain.",
        "The complaint filed on behalf of Orchard Lane Bakeries, which Osei started in 1998 with"
        " her brother, claimed that the chain “was a thriving business until the day Baptiste"
        " walked out.”",
    ]
    assert speakers_in_order(paragraphs) == ["Orchard Lane Bakeries"]


def test_the_plaintiffs_short_form_is_named_in_full() -> None:
    paragraphs = [
        _LAWYERS,
        "Orchard Lane's lawsuit was filed in Tacoma. The lawsuit claims, “Osei learned of the"
        " new Millstone range from a customer.”",
    ]
    assert speakers_in_order(paragraphs) == ["Orchard Lane Bakeries"]


def test_someone_speaking_of_the_lawsuit_keeps_the_quote() -> None:
    paragraphs = [
        _LAWYERS,
        "Baptiste said the lawsuit was “a story written by people who never baked a loaf.”",
    ]
    assert speakers_in_order(paragraphs) == ["Conrad Baptiste"]
