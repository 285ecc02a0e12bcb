"""Two given names sharing one surname as the writers of a document ("In a post on the cafe’s
Facebook page, Yusuf and Hana Demir thanked customers … “…,” the post read.") credit the first
of the two by the full name, as "the couple said" does for two people named in full; a body
whose name holds "and" stays whole."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have poured everything we had into this little room, and you filled it,”"


def test_the_first_of_two_sharing_a_surname_wrote_it() -> None:
    for writers, first in (
        ("Yusuf and Hana Demir", "Yusuf Demir"),
        ("Ama and Kofi Mensah", "Ama Mensah"),
        ("Lucia and Marco Bellandi", "Lucia Bellandi"),
    ):
        paragraphs = [
            f"In a post on the cafe’s Facebook page, {writers} thanked customers for 11 years"
            f" of support. {_QUOTE} the post read."
        ]
        assert speakers_in_order(paragraphs) == [first], writers


def test_a_body_named_with_and_stays_whole() -> None:
    paragraphs = [
        "In a statement, the Food and Drug Administration said it was reviewing the case."
        f" {_QUOTE} the statement said."
    ]
    assert speakers_in_order(paragraphs) == ["Food and Drug Administration"]
