"""A paper said to be on someone's page ("A statement posted on the website of the Health
Ministry said …", "A post on the official account of Banco Estrella said …") is that body's,
as one "released by" it is, in the body's full name ("Ministry of Health"); a person "of" a
place signing one stays the person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_REST = "said hospitals were “under severe pressure across the whole of the north.”"


@pytest.mark.parametrize(
    ("paper", "owner"),
    [
        ("A statement posted on the website of the Ministry of Health", "Ministry of Health"),
        ("A statement on the website of the Health Ministry", "Health Ministry"),
        ("A post on the official account of Banco Estrella", "Banco Estrella"),
        ("A notice published on the site of the Valley Water Board", "Valley Water Board"),
        ("A post on the blog of the Valley Water Board", "Valley Water Board"),
        ("A statement released by the Ministry of Health", "Ministry of Health"),
    ],
)
def test_a_paper_on_a_bodys_page_is_the_bodys(paper: str, owner: str) -> None:
    assert speakers_in_order([f"{paper} {_REST}"]) == [owner]


def test_a_person_of_a_place_signing_stays_the_person() -> None:
    paper = "A letter signed by Ann Ruiz of Hartley Council"
    assert speakers_in_order([f"{paper} {_REST}"]) == ["Ann Ruiz"]
