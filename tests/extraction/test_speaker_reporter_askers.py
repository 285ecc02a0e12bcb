"""A reporter who asks a question at a news conference is not the "she" who answers it: "A
reporter asked whether …. “…,” she said." is the one asked, the official speaking before;
someone else unnamed who asks (a woman in the crowd) may still be the one who goes on."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Dr. Amara Iheanacho, the county’s health officer, said eleven people were treated.",
    "“Correlation is not the same as cause, and we are still doing the interviews,”"
    " Iheanacho said.",
]
_ANSWER = "“Those are people’s homes, and I will not put a target on anybody’s door,” she said."


def test_the_official_answers_a_reporter_s_question() -> None:
    for lead in (
        "A reporter asked whether the county would name the two care homes.",
        "One reporter asked whether the county would name the homes. She declined.",
        "A journalist from the Herald asked why the homes had not been named.",
    ):
        paragraphs = [*_BEFORE, f"{lead} {_ANSWER}"]
        assert speakers_in_order(paragraphs) == ["Amara Iheanacho"] * 2, lead


def test_someone_unnamed_in_the_crowd_who_asked_goes_on_unnamed() -> None:
    paragraphs = [*_BEFORE, f"A woman in the crowd asked whether the homes were safe. {_ANSWER}"]
    assert speakers_in_order(paragraphs) == ["Amara Iheanacho", None]
