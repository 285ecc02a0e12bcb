"""Speakers for shapes found on a fresh batch of real articles, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_predicts_after_the_quote_is_a_speech_verb() -> None:
    paragraphs = [
        "Lena Ortiz runs a small forecasting firm in Leeds.",
        "“Within a decade every town hall will publish its minutes as data,” predicts Tomas"
        " Becker, founder of a civic software company.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Becker"]


def test_he_never_means_the_institution_named_after_the_person() -> None:
    paragraphs = [
        "Today everything hurts.",
        "“Put it this way. If you had to test it today, the safe limit would be one small glass"
        " a year,” says Professor Hugo Marsh, director of the Sleep Unit in the Division of"
        " Brain Studies, Northfield College Leeds.",
        "He is no puritan either, he enjoys a “very late” film and co-owns a cinema. But he"
        " stresses we need to learn to rest better.  “It is far more harmful than coffee or"
        " sugar.”",
    ]
    assert speakers_in_order(paragraphs) == ["Hugo Marsh", "Hugo Marsh"]
