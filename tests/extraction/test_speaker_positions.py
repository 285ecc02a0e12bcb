"""A player brought in by one noun for their position and quoted by another ("striker Tom Ode
… the forward said", "Captain Ann Lee … the skipper said") is that player."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Captain Ann Lee scored twice as Harwell won 3-1.",
                "Tom Ode, the manager, was pleased with the result.",
                "“We will finish the work we started together four years ago,” the skipper said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Skipper Ann Lee scored twice as Harwell won 3-1.",
                "Tom Ode, the manager, was pleased with the result.",
                "“We will finish the work we started together four years ago,” the captain said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Harbour United signed striker Tom Ode on Friday.",
                "“I am delighted to be here and cannot wait to start,” the forward said.",
            ],
            "Tom Ode",
        ),
        (
            [
                "Harbour United signed forward Tom Ode, and coach Bob Marsh praised the deal.",
                "“I am delighted to be here and cannot wait to start,” the striker said.",
            ],
            "Tom Ode",
        ),
        (
            [
                "Rovers brought in goalkeeper Ann Lee on loan. Coach Bob Marsh was pleased.",
                "“This is a big step for me and for my family,” the keeper said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "The club signed Sam Ruiz, a defender, and Ann Lee, a goalkeeper, on Friday.",
                "“I want to keep a clean sheet in every home game,” the goalie said.",
            ],
            "Ann Lee",
        ),
        (
            [
                "Tom Ode, the new centre-back, signed a three-year deal. Coach Bob Marsh spoke.",
                "“I want to win something here before I leave,” the defender said.",
            ],
            "Tom Ode",
        ),
        (  # a midfielder is no striker: the position noun finds no one of its own
            [
                "Harbour United signed midfielder Tom Ode on Friday. Coach Bob Marsh spoke.",
                "“We need more goals from the whole team, that is clear,” the striker said.",
            ],
            "Bob Marsh",
        ),
        (  # a role that is no position keeps its own reading
            [
                "Harbour United signed striker Tom Ode on Friday. Coach Bob Marsh spoke later.",
                "“We need more goals from midfield, that is clear,” the manager said.",
            ],
            "Bob Marsh",
        ),
    ],
)
def test_a_position_by_another_noun(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
