"""A place set before a body with "-based" ("the Delhi-based Regional Weather Centre", "The
London-based Harbour Trust") says where it is, and is no part of its name; a body whose name
holds a hyphen of its own keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "Cyclone Meera struck the Tarun coast early on Friday with very strong winds."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to the Delhi-based Regional Weather Centre, the storm was “the strongest "
            "to make landfall here in three decades”.",
            "Regional Weather Centre",
        ),
        (
            "The London-based Harbour Trust said in a statement that it was “sending two teams "
            "and forty tonnes of supplies”.",
            "Harbour Trust",
        ),
        (
            "The Anglo-Tarun Relief Fund said in a statement that it was “sending two teams and "
            "forty tonnes of supplies”.",
            "Anglo-Tarun Relief Fund",
        ),
    ],
)
def test_a_based_place_is_no_part_of_the_name(sentence: str, expected: str) -> None:
    assert speakers_in_order([_LEDE, sentence]) == [expected]
