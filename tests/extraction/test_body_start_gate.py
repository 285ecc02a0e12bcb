"""The cheap test of whether a body named with its kind may start with a name agrees with the
full search for such bodies."""

from __future__ import annotations

import pytest

from bot.extraction.body_kinds import introduced, may_start_body

TEXTS = [
    (
        "The crisp maker Golden Harvest Snacks opened a plant. Golden Harvest said it was hiring.",
        "Golden Harvest",
    ),
    ("Pell Mutual, her insurer, refused the claim. Pell Mutual later paid.", "Pell Mutual"),
    ("He joined a group calling itself Grey Lantern last year.", "Grey"),
    ("Kestrel Rovers manager Ivo Brandt was sacked on Monday.", "Kestrel Rovers"),
    ("The startup\n\n" + " " * 200 + "Ondra Labs raised money.", "Ondra"),
    ("Mara Lindqvist walked home after the vote on Tuesday.", "Mara Lindqvist"),
    ("Brightwater, a charity formed in 2019, says so. Brightwater disagreed.", "Brightwater"),
    ("Dana Voss confirmed that the firm, Voss Holdings, would sell.", "Voss Holdings"),
    ("Tomas Reyes spoke to reporters. Tomas Reyes then left the hall.", "Tomas"),
]


@pytest.mark.parametrize(("text", "name"), TEXTS)
def test_no_body_starts_with_a_name_the_gate_turns_away(text: str, name: str) -> None:
    starts = any(f == name or f.startswith(name + " ") for _, f in introduced(text))
    assert may_start_body(text, name) or not starts
    if starts:
        assert may_start_body(text, name)


def test_a_name_with_no_kind_near_it_is_turned_away() -> None:
    assert not may_start_body("Mara Lindqvist walked home after the vote.", "Mara Lindqvist")


def test_a_kind_inside_another_word_lets_no_name_through() -> None:
    text = "Mara Lindqvist confirmed the subgroups had met at the servicemen's club."
    assert not may_start_body(text, "Mara Lindqvist")


def test_a_name_beside_its_kind_is_let_through() -> None:
    assert may_start_body("The crisp maker Golden Harvest Snacks opened.", "Golden Harvest")
