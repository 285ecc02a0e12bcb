"""An acronym defined in brackets after a body's name is that body later, as the subject of a
sentence whose speaker is "the agency" or "the organisation", or before "has said"; invented
text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_DEFINED = "The Upland Rail and Tramways Authority (URTA) runs eleven lines around the city."
_BETWEEN = "Fares rose by a tenth last year, and two depots were sold."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "URTA has pledged to widen the scheme, the agency says, “with a focus on the outer"
            " estates and the night buses.”",
            "Upland Rail and Tramways Authority",
        ),
        (
            "URTA wants to close two stations, the organization says, “because nobody has used"
            " them since the new line opened.”",
            "Upland Rail and Tramways Authority",
        ),
        (
            "URTA plans to sell the old depot, the organisation stated, “to pay for the new"
            " trams and nothing else.”",
            "Upland Rail and Tramways Authority",
        ),
        (
            "URTA has said the cuts will “fall hardest on the lines that carry the fewest"
            " passengers.”",
            "Upland Rail and Tramways Authority",
        ),
        (
            "“The night service will be doubled by the end of the year,” URTA said in a statement.",
            "Upland Rail and Tramways Authority",
        ),
        (
            "According to the URTA, the new trams will be “quieter, faster and cheaper to run"
            " than any before them.”",
            "Upland Rail and Tramways Authority",
        ),
    ],
)
def test_a_defined_acronym_speaks_as_the_body(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_DEFINED, _BETWEEN, paragraph]) == [speaker]


def test_an_acronym_before_a_plural_noun_is_no_subject() -> None:
    paragraph = (
        "URTA staff marched to the town hall, and the union said the cuts were “the worst"
        " any of its members could remember.”"
    )
    assert speakers_in_order([_DEFINED, _BETWEEN, paragraph]) == [None]


@pytest.mark.parametrize(
    ("defined", "speaker"),
    [
        (
            "The Department of Housing and Coastal Renewal (HCR) opened a review.",
            "Department of Housing and Coastal Renewal",
        ),
        ("The Office of Rail Regulation (ORR) opened a review.", "Office of Rail Regulation"),
        ("Head of Public Health Vanland (PHV) Ana Lund opened a review.", "Public Health Vanland"),
    ],
)
def test_an_acronym_spells_its_body_from_the_head_of_of(defined: str, speaker: str) -> None:
    acronym = defined.partition("(")[2].partition(")")[0]
    paragraph = f"{acronym} said the rules would “protect families who rent from bad landlords.”"
    assert speakers_in_order([defined, paragraph]) == [speaker]
