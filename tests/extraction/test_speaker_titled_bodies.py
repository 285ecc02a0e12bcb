"""A body whose name opens with a title word ("General Assembly") keeps that word."""

from __future__ import annotations

from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "“The border will stay open as long as we can keep it open,” said Lena Ortiz, a UN official."
)


def test_a_body_named_with_a_title_word_first_is_kept_whole() -> None:
    for run in ("General Assembly", "Justice Department", "General Motors", "King County Council"):
        assert split_run(run)[0] == run


def test_a_title_before_a_person_is_still_cut() -> None:
    for run, name in (
        ("General Ana Ruiz", "Ana Ruiz"),
        ("Judge Ana Ruiz", "Ana Ruiz"),
        ("Police Commissioner Ana Ruiz", "Ana Ruiz"),
    ):
        assert split_run(run)[0] == name


def test_the_assembly_or_a_department_is_the_speaker_by_its_whole_name() -> None:
    for sentence, body in (
        (
            "The General Assembly resolution demands “the immediate release of all hostages held"
            " in the territory.”",
            "General Assembly",
        ),
        (
            "“Nobody is above the law, whatever office they once held,” the Justice Department"
            " said in a statement.",
            "Justice Department",
        ),
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", body]
