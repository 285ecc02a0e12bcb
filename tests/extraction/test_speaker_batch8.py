"""Speakers for shapes an eighth batch of labelled articles showed, on invented sentences."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize("beside", ["a win over", "a clear lead over", "a draw versus"])
def test_a_rival_named_after_over_or_versus_is_no_subject_a_pronoun_can_mean(beside: str) -> None:
    paragraphs = [
        "Mateo Quiroga remains the sport's biggest draw. After a long injury, Quiroga went back"
        f" to Rosario with {beside} Kevin Doyle in a close race in front of a huge crowd.",
        "Next, the Argentine beat Darnell Pike -- who had moved up from the 400 metres -- with"
        " ease. He set a record and afterward declared \"Nobody can catch this Quiroga.\" The"
        " one man who might is Luis Ortega.",
    ]
    assert speakers_in_order(paragraphs, "Best sprinters of the year") == ["Mateo Quiroga"]


def test_a_rival_after_over_who_then_speaks_keeps_his_quote() -> None:
    paragraphs = [
        "Mateo Quiroga won again on Sunday, a second win over Kevin Doyle this year.",
        "Doyle was gracious in defeat. \"He was simply the better runner on the day,\" Doyle"
        " said after the race.",
    ]
    assert speakers_in_order(paragraphs) == ["Kevin Doyle"]
