"""A body within a body is named whole: "Marlow University Student Senate", "Harwell College
Boat Club", not "Marlow University" with a "Student Senate" cut off. Words after the body that
end in no organisation word ("Harwell University Professor Ann Lee") are no part of it."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the Marlow University Student Senate approved", ["Marlow University Student Senate"]),
        ("the Harwell College Boat Club said", ["Harwell College Boat Club"]),
        ("said Harwell University Professor Ann Lee", ["Harwell University"]),
        ("the Security Council on Friday", ["Security Council"]),
        ("Harwell University. Student Union leaders met", ["Harwell University", "Student Union"]),
    ],
)
def test_a_body_within_a_body_is_named_whole(text: str, names: list[str]) -> None:
    assert [name for _, _, name in org_spans(text)] == names


def test_the_short_name_is_the_whole_body() -> None:
    paragraphs = [
        "The Harwell College Boat Club voted on Monday to leave the league.",
        "“We have rowed in this league for ninety years and it breaks our hearts,” the Boat"
        " Club said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == ["Harwell College Boat Club"]
