"""Bodies whose names hold "and", kept whole, invented text."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The wetland will be closed to walkers until the birds have nested,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("the U.S. Fish and Wildlife Service said.", "U.S. Fish and Wildlife Service"),
        ("said the U.S. Fish and Wildlife Service.", "U.S. Fish and Wildlife Service"),
        ("the Department of Health and Social Care said.", "Department of Health and Social Care"),
        (
            "the Department of Housing and Urban Development said.",
            "Department of Housing and Urban Development",
        ),
        ("the Food and Drug Administration said.", "Food and Drug Administration"),
    ],
)
def test_a_name_joined_by_and_is_kept_whole(tail: str, speaker: str) -> None:
    assert speakers_in_order([f"{_QUOTE} {tail}"]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Apple and Microsoft Corp agreed the deal.", ["Microsoft Corp"]),
        (
            "The Ministry of Defence and Foreign Office agreed.",
            ["Ministry of Defence", "Foreign Office"],
        ),
        ("The Bank of England and Treasury agreed.", ["Bank of England"]),
        ("The Department of Health and Ann Lee agreed.", ["Department of Health"]),
        ("Ann Lee of Fish and Wildlife Service agreed.", ["Wildlife Service"]),
    ],
)
def test_two_bodies_joined_by_and_stay_apart(sentence: str, names: list[str]) -> None:
    assert [name for _, _, name in org_spans(sentence)] == names
