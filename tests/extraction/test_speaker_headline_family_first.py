"""A name written family name first in a Title Case headline ("Zhang Jun Warns Over School
Cuts") whose body credits the family name alone ("Zhang said") is the whole name; a family
name before a verb, or one the body never credits alone, is left as it was."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BODY = "The head teacher said the plans were unfair to small towns."
_QUOTE = "“Nobody in the ministry has explained where the money went last year,”"


@pytest.mark.parametrize(
    ("headline", "credit", "name"),
    [
        ("Zhang Jun Warns Over School Cuts", "Zhang said.", "Zhang Jun"),
        ("Village School Head Xie Ming Warns of Closure", "Xie added.", "Xie Ming"),
        ("Luo Wen Calls for Inquiry Into Cuts", "Luo told reporters.", "Luo Wen"),
        ("Shao Lan Calls for Inquiry", "said Shao.", "Shao Lan"),
    ],
)
def test_the_headline_gives_the_whole_name(headline: str, credit: str, name: str) -> None:
    assert speakers_in_order([_BODY, f"{_QUOTE} {credit}"], headline) == [name]


def test_a_family_name_before_a_verb_is_alone() -> None:
    paragraphs = ["Zhang Wei, a teacher, was furious.", f"{_QUOTE} Zhang said."]
    assert speakers_in_order(paragraphs, "Zhang Warns Over School Cuts") == ["Zhang Wei"]


def test_a_given_name_first_is_unchanged() -> None:
    assert speakers_in_order([_BODY, f"{_QUOTE} Reyes said."], "Tom Reyes Warns Over Cuts") == [
        "Tom Reyes"
    ]
