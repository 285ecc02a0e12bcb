"""A body whose name puts its kind first, as Spanish, Portuguese, French, Italian or German
names do ("Banco Estrella", "Grupo Montaña", "Compagnie Atlantique"), is a body: the "it"
that speaks after it means it; a person of such a body stays the person."""

from __future__ import annotations

import pytest

from bot.extraction.runs import is_org
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will keep every branch in the villages open until the end of the decade,”"


@pytest.mark.parametrize(
    "body", ["Banco Estrella", "Grupo Montaña", "Compagnie Atlantique", "Fundación Luz"]
)
def test_a_kind_first_body_is_the_it(body: str) -> None:
    paragraphs = [f"{body} changed course on Monday. {_QUOTE} it announced."]
    assert speakers_in_order(paragraphs) == [body]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Banco Estrella", True),
        ("Universidad del Valle", True),
        ("Sofia Lindqvist", False),
        ("Post Malone", False),
        ("Court Street", False),
    ],
)
def test_kind_first_names(name: str, body: bool) -> None:
    assert is_org(name) is body


def test_a_person_of_a_kind_first_body_stays_the_person() -> None:
    paragraphs = [
        "Sofia Lindqvist of Université Laval said the findings were clear.",
        "“We were surprised by how big the effect turned out to be,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Sofia Lindqvist"]
