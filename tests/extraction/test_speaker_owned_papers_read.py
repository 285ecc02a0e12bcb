"""A quote read out of a named owner's paper ("…,” read Hale's letter.") is the owner's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Marta Oliveira, who chairs the tenants' group, wrote to the landlord on Friday.",
    "The landlord, Peter Grant, did not reply.",
]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“How long must families wait for hot water? The company collected rent all"
            " winter,” read Oliveira’s letter.",
            "Marta Oliveira",
        ),
        (
            "“Our routes were cut without a single public meeting,” reads Oliveira's email.",
            "Marta Oliveira",
        ),
        (
            "“Grant has not answered one letter since the spring,” Oliveira’s note read.",
            "Marta Oliveira",
        ),
        ("“Repairs will begin as soon as the parts arrive,” read Grant's reply.", "Peter Grant"),
        (  # a paper no one named owns: nobody's
            "“Repairs will begin as soon as the parts arrive,” read the notice on the door.",
            None,
        ),
    ],
)
def test_a_named_owners_paper_speaks_for_them(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([*_BEFORE, sentence]) == [speaker]
