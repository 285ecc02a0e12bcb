"""A paragraph opening "It “…”" goes on with the thing someone was just speaking of in the
sentence before ("A robot, he said, is a tool." then "It “has no will …”"): theirs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Chidi Okonkwo builds farm robots in Enugu.",
                "Still, Okonkwo does not fear robots. A robot, he said, is a tool.",
                "It “has no will of its own at all.”",
            ],
            "Chidi Okonkwo",
        ),
        (
            [
                "Ingrid Berglund has sold flats in Malmö for thirty years.",
                "Yet Berglund is not worried about the market. Prices, she said, will settle.",
                "They “always do settle, in the end, every time.”",
            ],
            "Ingrid Berglund",
        ),
        (
            [
                "Rafael Souza trains guide dogs.",
                "The dogs, Souza explained, are working animals.",
                "They “are not pets while the harness is on.”",
            ],
            "Rafael Souza",
        ),
        (  # nobody speaks in the sentence before
            [
                "Mei Tanaka runs the museum's archive.",
                "The archive is older than the city and sits under the library.",
                "It “holds letters nobody has read for two centuries,” a guide said.",
            ],
            None,
        ),
    ],
)
def test_it_goes_on_with_the_one_speaking_of_it(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
