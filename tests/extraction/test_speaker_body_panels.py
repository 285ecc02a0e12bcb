"""A court's, tribunal's or chamber's panel named by its owner ("The chamber’s three-member panel
said", "the tribunal’s panel wrote") speaks as the body the article named, as "a three-judge
panel" speaks as the court."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_bodys_panel_by_its_possessive_is_that_body() -> None:
    for opening, panel, name in (
        (
            "The cyclist lost his appeal, the Sports Arbitration Chamber ruled on Thursday.",
            "The chamber’s three-member panel said",
            "Sports Arbitration Chamber",
        ),
        (
            "The swimmer was banned by the National Anti-Doping Tribunal last month.",
            "The tribunal’s panel wrote",
            "National Anti-Doping Tribunal",
        ),
        (
            "The Harwell Court of Appeal heard the case in March.",
            "The court’s three-judge panel said",
            "Harwell Court of Appeal",
        ),
    ):
        paragraphs = [
            opening,
            f"{panel} that the rider had “failed to establish how the substance entered his"
            " system.”",
        ]
        assert speakers_in_order(paragraphs) == [name], panel


def test_a_chamber_as_a_room_takes_no_words() -> None:
    paragraphs = [
        "Senators debated the bill in the chamber until midnight.",
        "“This is the worst bill I have seen in twenty years,” said Ana Ruiz, a senator.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]
