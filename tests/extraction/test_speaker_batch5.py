"""Speakers for shapes a fifth batch of labelled articles showed, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_venue_after_at_takes_no_gender_from_the_she_after_it() -> None:
    paragraphs = [
        "Priya Nair was twelve when she first held an oar, and rowed every summer after that on"
        " the lake behind her grandmother's house, usually alone and usually at dawn.",
        "She had no plan to race again after starting at Yale. Earlier, she had been spotted by a"
        " coach while rowing at Lakeside Academy, but after she gave him her number, the coach"
        " went quiet. “He told me there were no places left for the season,” she recounts.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nair"]
