"""A first name that is also a place ("Jordan", "Georgia", "Chad", "Mali") names a person with a
surname after it ("Georgia Baines said"), and alone when a role with its owner stands before it
("his son, Jordan,", "His daughter, Georgia,"): a pronoun after means that person; a place
written alone is still no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I'm going to make a bigger one that says found in big letters,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mali Okoro runs a farm near the river.",
                "“We knew the harvest would be late, but not this late,” she said.",
            ],
            "Mali Okoro",
        ),
        (
            ["“Flour has doubled in price since spring, nobody knows why,” Georgia Baines said."],
            "Georgia Baines",
        ),
        (
            [
                "Chad Ruiz coaches the under-12s.",
                "“The boys train in the rain, the snow, whatever comes at them,” he said.",
            ],
            "Chad Ruiz",
        ),
        (
            [
                "Jordan Pike, 31, was on the last train.",
                "“Nobody told us anything for two hours, not a single word,” he said.",
            ],
            "Jordan Pike",
        ),
    ],
)
def test_a_place_first_name_with_a_surname_is_a_person(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("introduced", "pronoun", "speaker"),
    [
        ("His son, Jordan, who is eight, made posters.", "he", "Jordan"),
        ("His daughter, Georgia, made posters every day.", "she", "Georgia"),
        ("His son Chad made posters every day.", "he", "Chad"),
    ],
)
def test_a_place_first_name_after_a_kin_role_is_a_person(
    introduced: str, pronoun: str, speaker: str
) -> None:
    paragraphs = ["Tom Ruiz lost his dog.", introduced, f"{_QUOTE} {pronoun} said."]
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "introduced",
    [
        "He lost his dog on a trip to Jordan.",
        "He lost his dog in Chad last spring.",
        "His brother flew in from Georgia to help.",
    ],
)
def test_a_place_alone_is_no_one(introduced: str) -> None:
    paragraphs = ["Tom Ruiz runs a kennel.", introduced, f"{_QUOTE} he said."]
    assert speakers_in_order(paragraphs) == ["Tom Ruiz"]


@pytest.mark.parametrize(
    ("introduced", "pronoun", "speaker"),
    [
        ("The couple's daughter, Mali, who is nine, made posters.", "she", "Mali"),
        ("Their son, Tibet, made posters every day.", "he", "Tibet"),
        ("Her niece, Lima, made posters every day.", "she", "Lima"),
    ],
)
def test_a_place_no_list_gives_as_a_name_is_kept_after_a_kin_role(
    introduced: str, pronoun: str, speaker: str
) -> None:
    paragraphs = ["Ama Boateng lost her dog.", introduced, f"{_QUOTE} {pronoun} said."]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_place_a_relative_comes_from_is_no_one() -> None:
    paragraphs = ["Ama Boateng lost her dog.", "Her daughter flew home from Mali to help."]
    assert speakers_in_order([*paragraphs, f"{_QUOTE} she said."]) == ["Ama Boateng"]
