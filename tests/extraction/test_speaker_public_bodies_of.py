"""A public body named "Office for X" or "Ministry of X" is no company for "the company"."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The safety of our customers comes before everything else,”"


def test_the_company_is_not_a_public_body_headed_before_of_or_for() -> None:
    cases = (
        (
            "Voltaro, based in Milton Ferris, said a part could fail when it got hot.",
            "The Office for Product Safety said it had 37 reports.",
            "Voltaro",
        ),
        (
            "Brakeworth Ltd said a cut-out could fail.",
            "The Department for Transport said it had opened an inquiry.",
            "Brakeworth Ltd",
        ),
        (
            "Kessling Foods Group said a batch was affected.",
            "The Ministry of Health said it was told on Friday.",
            "Kessling Foods Group",
        ),
        (
            "Orrin Motors said the brakes were being checked.",
            "The Commission for Road Safety said it would look again.",
            "Orrin Motors",
        ),
    )
    for company, body, name in cases:
        paragraphs = [company, body, f"{_QUOTE} the company said in a statement."]
        assert speakers_in_order(paragraphs) == [name], name


def test_a_company_whose_name_has_of_is_still_the_company() -> None:
    paragraphs = [
        "The Bank of Ardley said it had frozen the accounts.",
        f"{_QUOTE} the company said.",
    ]
    assert speakers_in_order(paragraphs) == ["Bank of Ardley"]
    paragraphs = [
        "The Office for Product Safety said it had 37 reports.",
        f"{_QUOTE} the regulator said.",
    ]
    assert speakers_in_order(paragraphs) == ["Office for Product Safety"]
