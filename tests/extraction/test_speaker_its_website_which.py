"""A body named with its own word before a relative clause ("she set up Harbour Light
Foundation, which aims “…,” its website says") is the one "its" means, as with "X, a charity
that"; a person's name before "which" is no body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Two years later she set up Harbour Light Foundation, which aims “to give every"
            " fishing family a safe income,” according to its website.",
            "Harbour Light Foundation",
        ),
        (
            "In 2016 Okafor launched Delta Seed Trust, which promises “a fair price for every"
            " grower in the valley,” its website says.",
            "Delta Seed Trust",
        ),
        (
            "In 2015, Okonjo founded Green Lagoon Trust, a charity that works “to restore every"
            " mangrove on the coast,” its website says.",
            "Green Lagoon Trust",
        ),
        (  # no body's word ends the name
            "Two years later she praised Tom Ode, which aims “to give every fishing family a"
            " safe income,” its website says.",
            None,
        ),
    ],
)
def test_its_website_means_the_body_before_which(paragraph: str, speaker: str | None) -> None:
    assert speakers_in_order([paragraph]) == [speaker]
