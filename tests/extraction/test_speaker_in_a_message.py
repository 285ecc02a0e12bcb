"""A subject with how it spoke set off by commas ("Tarsa’s governor, in a message read out by an
aide, called the vote “…”") is read without that clause: an unnamed official stays unnamed, not
a role given to the last person quoted, and a named one or a body keeps the quote."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Ingrid Halvorsen, a UN spokesperson, said convoys were ready. “Our trucks can move within"
    " hours,” she said."
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tarsa’s governor, in a message read out by an aide, called the vote", None),
        ("The province’s governor, in a video posted online, called the vote", None),
        ("Governor Ana Ruiz, in a message read out by an aide, called the vote", "Ana Ruiz"),
        ("The Fire Service, in a statement, called the vote", "Fire Service"),
    ],
)
def test_the_clause_of_how_it_spoke_is_read_past(sentence: str, speaker: str | None) -> None:
    paragraphs = [_BEFORE, f"{sentence} “a victory for every family waiting for bread.”"]
    assert speakers_in_order(paragraphs) == ["Ingrid Halvorsen", speaker]
