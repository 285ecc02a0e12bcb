"""Speakers for shapes found on one more batch of articles labelled before the rules saw them."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_he_after_a_paragraph_about_someone_of_unknown_gender_means_them() -> None:
    paragraphs = [
        "Gary Holt, 58, runs a ferry. “I have never once missed a sailing in winter,” he says.",
        "Tadhg Brennan, a harbour pilot who guides tankers into the estuary at Kelling, has"
        " worked the river for twenty years and says most skippers never ask for help.",
        "“Most of them would rather run aground than call me,” he says. Skippers fear the fees,"
        " “which can swallow a week of takings”, he adds.",
    ]
    assert speakers_in_order(paragraphs) == ["Gary Holt", "Tadhg Brennan", "Tadhg Brennan"]


def test_he_after_a_sentence_about_another_man_still_means_the_man_known_before() -> None:
    paragraphs = [
        "Gary Holt, 58, runs a ferry. “I have never once missed a sailing in winter,” he says.",
        "Gary Holt met Tadhg Brennan at the quay, where the tankers were waiting.",
        "“They all arrived on the same tide this morning,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Gary Holt", "Gary Holt"]
