""""Mom said" in a first-person piece that gives the narrator's parent a name: that name, on
invented text; a parent left unnamed, or named with the other kinship, stays "Mom" or "Dad"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "My dad drove a night bus for thirty years. Kwame knew every stop by heart.",
                "When I told him I was leaving, Dad said, “Go, and do not look back at this town.”",
            ],
            "Kwame",
        ),
        (
            [
                "My mother, Ingrid, taught piano in our front room.",
                "“Play it again, slower this time,” Mom said every evening.",
            ],
            "Ingrid",
        ),
        (
            [
                "My father left when I was six. Maria raised the four of us alone.",
                "Years later, Dad said, “I was a coward and I know it now.”",
            ],
            "Dad",
        ),
        (
            [
                "The twins were raised by their grandmother in a small flat.",
                "“We had very little but we had each other,” Mom said.",
            ],
            "Mom",
        ),
    ],
)
def test_the_narrators_parent_by_the_name_the_piece_gives(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
