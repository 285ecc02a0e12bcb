"""Someone who would not give their name keeps no speaker, even a sentence before the quote."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FARMER = (
    "Abdelrahman Ould Cheikh, a farmer, crossed with his family. “I did not look back at the"
    " house even once,” Ould Cheikh said."
)


def test_one_of_them_who_would_not_give_his_name_a_sentence_before_the_quote() -> None:
    paragraphs = [
        _FARMER,
        "The boatmen charge up to $300 a head. One of them, a young man in a red cap who would"
        " not give his name, said he made four trips a night. “If I do not take them, someone"
        " worse will,” he said before pushing off again.",
    ]
    assert speakers_in_order(paragraphs) == ["Abdelrahman Ould Cheikh", None]


def test_declined_or_refused_to_give_a_name_with_or_without_commas() -> None:
    for unnamed in (
        "A boatman who declined to give his name said the river was high.",
        "A woman selling tea at the landing, who refused to give her name, watched the boats.",
        "A guard who did not give his name waved the lorries through the gate.",
        "A Western diplomat speaking on condition of anonymity said the map took eleven days.",
    ):
        pronoun = "she" if " her " in unnamed else "he"
        paragraphs = [
            _FARMER,
            f"{unnamed} “We lost two boats to the current last week,” {pronoun} said.",
        ]
        assert speakers_in_order(paragraphs) == ["Abdelrahman Ould Cheikh", None], unnamed


def test_a_named_person_or_a_named_subject_after_the_unnamed_one_keeps_the_name() -> None:
    paragraphs = [
        _FARMER,
        "Ana Ruiz, a nurse who would not give her age, said the clinic was full. “We have no"
        " beds left for anyone,” she said.",
        "A guard who would not give his name waved them through. Ould Cheikh thanked him. “He"
        " was kind to my children at the gate,” he said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Abdelrahman Ould Cheikh",
        "Ana Ruiz",
        "Abdelrahman Ould Cheikh",
    ]
