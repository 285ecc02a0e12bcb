"""A public body known only by its acronym ("The FDA approved the drug") is whom "the agency
said" means; its full name when the article spells it out."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will finish the work we started together four years ago,” the agency said."


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The FDA approved the drug on Monday.", "FDA"),
        ("NASA launched the probe in May.", "NASA"),
        ("The EPA fined the firm $2m last year.", "EPA"),
        (
            "The Harwell Food Standards Agency (HFSA) was set up in 2001. The HFSA said it"
            " would act.",
            "Harwell Food Standards Agency",
        ),
    ],
)
def test_the_agency_is_the_body_named_by_its_acronym(opening: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [speaker]


@pytest.mark.parametrize(
    "opening", ["The US said it would act.", "The CEO said she would act.", "It rained."]
)
def test_a_country_a_title_or_nothing_is_no_agency(opening: str) -> None:
    assert speakers_in_order([opening, _QUOTE]) == [None]
