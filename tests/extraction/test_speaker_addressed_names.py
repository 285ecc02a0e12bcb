"""A name spoken to ("Sorry, Ann Lee, you can't …") is not the subject of its sentence."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Sorry, Julius Caesar, you can't park here: the city has banned cars from the old"
            " forum after it found that their “constant noise and thick fumes from engines”"
            " damaged the stones.",
            None,
        ),
        (
            "Hey, Vincent van Gogh, your ear is safe: the museum says the painting is “on loan"
            " to a gallery until spring” and will return.",
            None,
        ),
        (
            "Sorry, Hiroshi Tanaka, you won't get a refund: the airline has ruled that delays"
            " caused by “extraordinary weather of any kind” are not its fault.",
            None,
        ),
        (  # the name is the subject, not spoken to
            "Sorry to disappoint, but Hiroshi Tanaka said the airline would pay for “every"
            " delayed passenger on every route” this year.",
            "Hiroshi Tanaka",
        ),
        (
            "On Friday, Mei Lin, your local baker, said the ovens would be “back on by the"
            " weekend at the latest”.",
            "Mei Lin",
        ),
    ],
)
def test_a_name_spoken_to_is_no_speaker(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([sentence]) == [speaker]
