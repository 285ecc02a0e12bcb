"""A newspaper's editorial read out after the quote ("Its editorial went further. “…,” the
editorial reads."): the paper named before it, with its kind or as the editorial's paper."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We are doing everything we can,” said Nurlan Serikov, the president."


def test_the_editorial_of_a_paper_named_after_its_kind() -> None:
    paragraphs = [
        _OPENING,
        "The government newspaper Steppe Herald gave its front page to the rescue. Its"
        " editorial went further. “In a moment of trial the people saw that the state cares for"
        " every citizen,” the editorial reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Nurlan Serikov", "Steppe Herald"]


def test_an_editorial_in_a_named_paper() -> None:
    paragraphs = [
        _OPENING,
        "An editorial in the Marlow Lantern was blunter. “The council has failed this town for"
        " the last time,” the editorial said.",
    ]
    assert speakers_in_order(paragraphs) == ["Nurlan Serikov", "Marlow Lantern"]


def test_an_editorial_with_no_paper_named_stays_unnamed() -> None:
    paragraphs = [
        _OPENING,
        "Not everyone was convinced. “Promises are cheap when the water has already gone down,”"
        " the editorial reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Nurlan Serikov", None]
