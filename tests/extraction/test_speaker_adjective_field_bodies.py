"""A body whose name joins an adjective of a field and a plural field by "and" before its noun
("Coastal and Estuaries Agency", "Regional and Islands Authority") keeps its whole name, not
the part after "and"; two bodies joined by "and" stay apart."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CRITIC = "Tom Hale, who runs a fishing boat, was furious."


@pytest.mark.parametrize(
    "name",
    [
        "Coastal and Estuaries Agency",
        "Regional and Islands Authority",
        "Rural and Wetlands Commission",
        "Central and Highlands Board",
    ],
)
def test_the_whole_name_speaks(name: str) -> None:
    paragraphs = [
        f"In a notice, the {name} said the plant had to stop. {_CRITIC}",
        "“We are running out of options for the estuary,” the "
        + name.rpartition(" ")[2].lower()
        + " said.",
    ]
    assert speakers_in_order(paragraphs) == [name]


def test_a_name_before_and_is_not_joined() -> None:
    paragraphs = [
        f"Santander and Lloyds Bank cut their rates. {_CRITIC}",
        "“We are running out of options for savers,” said Lloyds Bank.",
    ]
    assert speakers_in_order(paragraphs) == ["Lloyds Bank"]
