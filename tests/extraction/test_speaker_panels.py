"""A body whose name ends in "Panel" is a body like a board or tribunal: credited through
"its report reads" after an aside, it is named without the "The" that opened its sentence."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENERS = [
    (
        "The Coastal Restitution Panel, an independent body that hears such claims,",
        "Coastal Restitution Panel",
    ),
    (
        "The Harbour Appeals Panel, which advises ministers on seized boats,",
        "Harbour Appeals Panel",
    ),
    ("The Independent Review Panel, set up by the county in 2019,", "Independent Review Panel"),
    (
        "The Marlow Schools Admissions Panel, chaired by a retired judge,",
        "Marlow Schools Admissions Panel",
    ),
]
_DEEDS = [
    ("ruled in May that the seizure had been unlawful.", "its ruling reads"),
    ("concluded in June that the sale was made under duress.", "its report reads"),
    ("found last week that the rules had been broken.", "its findings read"),
]
_QUOTE = "“The owners were never given a fair chance to reply to the claims made against them"


@pytest.mark.parametrize(("opener", "name"), _OPENERS)
@pytest.mark.parametrize(("deed", "tail"), _DEEDS)
def test_a_panel_named_without_the(opener: str, name: str, deed: str, tail: str) -> None:
    assert speakers_in_order([f"{opener} {deed} {_QUOTE},” {tail}."]) == [name]


def test_a_tribunal_still_named_the_same() -> None:
    text = "The Coastal Salvage Tribunal, an independent body, ruled in May that it was unlawful."
    assert speakers_in_order([f"{text} {_QUOTE},” its ruling reads."]) == [
        "Coastal Salvage Tribunal"
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Ingrid Holm, who sells solar panels in Tarby, disagreed.",
        "A panel of three judges heard the appeal, and Ingrid Holm spoke first.",
        "Ingrid Holm sat on the panel for six years and disagreed.",
    ],
)
def test_panel_as_a_common_word_leaves_the_person(lead: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE},” she said."]) == ["Ingrid Holm"]
