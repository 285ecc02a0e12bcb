"""Organisations as speakers, invented text: names with a possessive inside keep it as written."""

from __future__ import annotations

import pytest

from bot.extraction.runs import clean_run
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Children’s Health Defense said in a statement it would “fight the rule in court.”"],
            "Children’s Health Defense",
        ),
        (
            [
                "In 2019 she founded Women’s Water Watch, a group that works “to keep every "
                "river clean,” its website says."
            ],
            "Women’s Water Watch",
        ),
        (
            ["The Farmers’ Union said the plan would “ruin every small grower in the valley.”"],
            "Farmers’ Union",
        ),
        (
            [
                "Actors’ Equity said in a statement that the deal “protects every performer on "
                "every stage.”"
            ],
            "Actors’ Equity",
        ),
        (
            ["St. Jude’s Research Hospital said the gift would “change how we treat cancer.”"],
            "St. Jude’s Research Hospital",
        ),
    ],
)
def test_a_possessive_inside_an_organisation_name_stays(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Chris Evans’", "Chris Evans"),
        ("Maria Holt’s", "Maria Holt"),
        ("People’s Bank", "People’s Bank"),
        ("It’s Tom Reyes", "Tom Reyes"),
    ],
)
def test_a_trailing_possessive_goes_an_inner_one_stays(run: str, name: str) -> None:
    assert clean_run(run) == name


def test_a_group_before_a_person_still_gives_the_person() -> None:
    paragraphs = [
        "“We are close to a deal,” said Actors’ Equity Maria Holt, who leads the talks.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Holt"]


def test_a_persons_possessive_is_no_group() -> None:
    paragraphs = ["Tom Peters’ lawyer said the claim was “without any merit at all.”"]
    found = speakers_in_order(paragraphs)
    assert len(found) == 1 and "Peters’" not in (found[0] or "")


@pytest.mark.parametrize(
    "lead",
    ["The Harbour Board’s report urged", "The Harbour Board's final report urged"],
)
def test_an_owner_opening_a_sentence_is_named_without_the(lead: str) -> None:
    paragraphs = [f"{lead} “an immediate halt to all new building permits in the flood zone.”"]
    assert speakers_in_order(paragraphs) == ["Harbour Board"]
