"""An earlier draft of a text a body adopted speaks for that body ("The council adopted a
resolution … An earlier draft proposed “…”"); a draft of a novel is nobody's statement."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SYSTEM = "“to track every aid lorry that enters the territory by land or sea.”"


@pytest.mark.parametrize(
    ("adopted", "draft", "speaker"),
    [
        (
            "The Security Council adopted a resolution on Friday demanding more aid.",
            f"An earlier draft proposed that the agency set up a system {_SYSTEM}",
            "Security Council",
        ),
        (
            "The Harwell Council passed the measure on Monday after a long debate.",
            f"The first draft called for a system {_SYSTEM}",
            "Harwell Council",
        ),
        (
            "Ana Ruiz finished her novel in May after six years of work.",
            "An earlier draft opened with “a storm that lasted forty days at sea.”",
            None,
        ),
    ],
)
def test_the_body_behind_the_draft(adopted: str, draft: str, speaker: str | None) -> None:
    sticking = "The main sticking point was how aid would be checked."
    assert speakers_in_order([adopted, sticking, draft]) == [speaker]
