"""A sentence opening "For Marta Kowalski, …" is about her: she is no object of "for", so
the "she said" after it can be her and not a woman who spoke earlier."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_EARLIER = (
    "Helen Brook, the council chief, defended the response. “We had six crews for the"
    " whole town that night,” she said."
)
_QUOTE = "“They said it was an act of God, and I said God does not pay my mortgage,”"


def test_the_woman_a_sentence_is_framed_around_says_it() -> None:
    paragraphs = [
        _EARLIER,
        "For Marta Kowalski, the worst part came later. Her insurer refused to pay.",
        f"{_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Helen Brook", "Marta Kowalski"]


def test_a_woman_something_was_done_for_is_still_an_object() -> None:
    paragraphs = [
        _EARLIER,
        "The council bought sandbags for Marta Kowalski and others. The insurer refused to pay.",
        f"{_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Helen Brook", "Helen Brook"]
