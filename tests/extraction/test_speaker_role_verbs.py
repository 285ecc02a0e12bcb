"""A role ("the chair", "the council's leader") is someone introduced by the role's verb when no
one is introduced with its noun: "Helen Okafor, who chairs the panel," is "the chair"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will publish every figure we have, whether it flatters us or not,”"


@pytest.mark.parametrize(
    ("intro", "tail", "speaker"),
    [
        (
            "Helen Okafor, who chairs the panel, presented the report.",
            " the chair said.",
            "Helen Okafor",
        ),
        (
            "Rahul Mehta, who heads the trust, met staff on Monday.",
            " the trust's head said.",
            "Rahul Mehta",
        ),
        (
            "Sofia Lindqvist, who coaches the under-21s, was not surprised.",
            " said the coach.",
            "Sofia Lindqvist",
        ),
        (
            "João Silva, who owns the bakery on Mill Lane, opened early.",
            " the owner told us.",
            "João Silva",
        ),
        (
            "Kemal Aydın, who edits the Harwell Echo, defended the story.",
            " the editor wrote.",
            "Kemal Aydın",
        ),
    ],
)
def test_someone_introduced_by_the_verb_holds_the_role(intro: str, tail: str, speaker: str) -> None:
    between = "Maria Chen, whose mother waited two years, was in the audience on Friday."
    paragraphs = [intro, between, _QUOTE + tail]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_lede_role_named_later_by_its_verb() -> None:
    paragraphs = [
        "A row over the budget spilled into the open on Tuesday, when members walked out and the"
        " council's leader accused them of “playing to the gallery while the roof leaks”.",
        "Councillor Ann Lee, who leads the ruling group, said there were no painless options left.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee"]


def test_one_named_with_the_noun_comes_first() -> None:
    paragraphs = [
        "Helen Okafor, who chairs the panel, presented the report.",
        "The board's chair, Tom Reyes, was more cautious about the figures.",
        _QUOTE + " the chair said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


def test_a_verb_going_somewhere_holds_no_role() -> None:
    paragraphs = [
        "Tom Okoro, who manages to smile through most of it, has waited two years for a hip.",
        "Maria Chen, whose mother waited two years, was in the audience on Friday.",
        _QUOTE + " the manager said.",
    ]
    assert speakers_in_order(paragraphs) != ["Tom Okoro"]
