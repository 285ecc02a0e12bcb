"""A document named for a deed ("the recall notice") is the words of whoever did the deed, as a
verb ("Kestrel Motors recalled 9,600 SUVs") or as a noun after a verb of doing it ("The company
issued a voluntary recall"), also when the phrase says where it was filed ("the recall notice
filed with the agency"). A plural noun opening the sentence ("Regulators ordered a recall")
names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CLAIM = (
    "According to the recall notice filed with the agency, the fault “can cause the system to"
    " detect phantom objects, increasing the risk.”"
)


@pytest.mark.parametrize(
    ("deed", "speaker"),
    [
        ("Kestrel Motors recalled 9,600 SUVs last week.", "Kestrel Motors"),
        ("The company also issued a voluntary recall for 9,600 SUVs last week.", "Kestrel Motors"),
        ("On Friday, Kestrel Motors announced a recall of its Atlas model.", "Kestrel Motors"),
    ],
)
def test_the_recall_notice_is_the_recallers(deed: str, speaker: str | None) -> None:
    paragraphs = ["Kestrel Motors makes family cars in two plants.", f"{deed} {_CLAIM}"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_plural_noun_opening_the_sentence_names_no_one() -> None:
    paragraphs = [
        "Kestrel Motors makes family cars in two plants.",
        f"Regulators ordered a recall of 9,600 SUVs last week. {_CLAIM}",
    ]
    assert speakers_in_order(paragraphs) == [None]
