"""A body's name that ends with its country or region, as a branch is named, keeps it;
"in" before the place, or a spokesperson placed somewhere, leaves the name as it was;
invented text."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our purpose has always been to back the youngest makers in the trade,”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (f"{_QUOTE} Design Council Scotland said in a statement.", "Design Council Scotland"),
        (f"{_QUOTE} said the Potters Guild Europe.", "Potters Guild Europe"),
        (f"{_QUOTE} the Makers Trust UK said.", "Makers Trust UK"),
        (f"{_QUOTE} Wexley Housing Trust New Zealand said.", "Wexley Housing Trust New Zealand"),
        (
            f"Shelter for Families Canada, a charity, runs hostels. {_QUOTE} Shelter for Families"
            " Canada said.",
            "Shelter for Families Canada",
        ),
        (
            "Looms for Tomorrow Ireland, a charity that trains tailors, opened a school."
            f" {_QUOTE} said Looms for Tomorrow Ireland.",
            "Looms for Tomorrow Ireland",
        ),
        (f"{_QUOTE} the Design Council in Portugal said.", "Design Council"),
    ],
)
def test_a_branch_keeps_its_place(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A Design Council spokesperson in Lisbon said so.", ["Design Council"]),
        ("The Security Council on Friday agreed.", ["Security Council"]),
        ("The Design Council Scotland’s director agreed.", ["Design Council"]),
    ],
)
def test_a_place_after_in_or_a_possessive_is_no_part_of_the_name(
    sentence: str, names: list[str]
) -> None:
    assert [name for _, _, name in org_spans(sentence)] == names
