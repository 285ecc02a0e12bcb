"""Someone whose name the paper withheld at their wish keeps no speaker, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    "opening",
    [
        "One trial participant, a retired bus driver from Leeds who did not want his name"
        " published, said he had felt no change.",
        "A nurse on the ward, who asked that her name not be used, said the shifts were long.",
        "One patient, who did not want her full name printed, said the wait was the worst part.",
        "A parent at the gate, a father of three who didn't want his name used, said he was"
        " worried.",
        "A driver, who would not want his name published, said the road was closed.",
    ],
)
def test_a_pronoun_after_a_withheld_name_keeps_no_speaker(opening: str) -> None:
    paragraphs = [
        "Aubrecht Therapeutics said in a statement that it would seek approval next year.",
        "Dr. Kwame Asante, who was not involved, called the results encouraging.",
        opening + " “I take it with breakfast and forget about it, which is all I ask,” he said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_first_name_given_at_her_wish_still_speaks() -> None:
    paragraphs = [
        "A teacher, who asked that only her first name, Mara, be used, said she waited all"
        " night. “I watched the same nurse run past me forty times,” Mara said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mara"]


def test_a_named_patient_after_one_who_withheld_his_name_still_speaks() -> None:
    paragraphs = [
        "One patient, who did not want his name published, said the wait was long.",
        "Tomas Berg, 61, said the nurses were kind. “They kept me laughing all night,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Berg"]
