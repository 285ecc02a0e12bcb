"""A study's authors writing ("In the paper, the authors write that “…”") are the one the
article set before "who led the study" ("Benhaddou, an ecologist at Caradon who led the study"),
by full name; one who led something else is no author."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "the networks “act less like a marketplace and more like shared plumbing.”"


def test_the_one_who_led_the_study_writes_for_its_authors() -> None:
    for intro, leader in (
        ("said Yusra Benhaddou, an ecologist at Caradon who led the study.", "Yusra Benhaddou"),
        ("said Tomasz Wierzbicki, who led the research.", "Tomasz Wierzbicki"),
        ("said Aroha Ngata, a soil chemist who co-led the team.", "Aroha Ngata"),
    ):
        first = f"“We did not expect the signal to be this strong, or this fast,” {intro}"
        for subject in (
            "In the paper, the authors write that",
            "The researchers write that",
            "In their report, the scientists conclude that",
        ):
            got = speakers_in_order([first, f"{subject} {_QUOTE}"])
            assert got == [leader, leader], (intro, subject)


def test_a_surname_leader_takes_the_full_name_given_before() -> None:
    paragraphs = [
        "Yusra Benhaddou studies beech forests at Caradon.",
        "“We did not expect the signal to be this strong,” said Benhaddou, who led the study.",
        f"In the paper, the authors write that {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Yusra Benhaddou", "Yusra Benhaddou"]


def test_one_who_led_something_else_is_no_author() -> None:
    paragraphs = [
        "“We will be back here every week until they listen,” said Maren Solvik, who led the "
        "protest march.",
        f"The researchers write that {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs)[1] != "Maren Solvik"
