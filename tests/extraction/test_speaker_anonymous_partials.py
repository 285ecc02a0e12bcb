"""A partial quote worked into the sentence of a source who asked not to be named."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“Our steelworkers are losing their jobs every week,” said Han Seo-yeon, the premier."


def test_an_anonymous_source_with_a_capitalised_word_keeps_no_speaker() -> None:
    for sentence in (
        "One Hallen trade official, who asked not to be named because he was not authorised to"
        " speak, said the date was chosen “by people who wanted the leaders to feel it.”",
        "A Brazilian diplomat who asked not to be identified said the draft was “dead on arrival"
        " in its current form.”",
        "A European Union official, speaking on condition of anonymity, said the talks were"
        " “closer than at any point this year.”",
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Han Seo-yeon", None], sentence


def test_a_source_named_in_the_sentence_keeps_the_name() -> None:
    for sentence in (
        "Rui Costa, a Brazilian diplomat who asked that his views be heard, said the draft was"
        " “dead on arrival in its current form.”",
        "A Brazilian diplomat, Rui Costa, said the draft was “dead on arrival in its current"
        " form.”",
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Han Seo-yeon", "Rui Costa"], sentence
