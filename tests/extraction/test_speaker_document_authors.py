"""A document's authors opening the sentence before "they wrote" or "they said" ("The survey’s
authors are more careful. “…,” they wrote.") stand for whoever issued the document; a paper's
name holding a document's noun ("The Carrow Review") issues no review of its own."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We cannot say whether walls cause focus or whether focused people seek out walls,”"


@pytest.mark.parametrize("verb", ["they wrote", "they said"])
def test_the_documents_authors_are_its_issuers(verb: str) -> None:
    paragraphs = [
        "The Halden Institute’s latest survey found that most workers want doors.",
        "Writing in The Carrow Review last week, the critic Desmond Achebe was blunter.",
        f"The survey’s authors are more careful. {_QUOTE} {verb}.",
    ]
    assert speakers_in_order(paragraphs) == ["Halden Institute"]


def test_they_after_people_named_together_is_not_a_document() -> None:
    paragraphs = [
        "The Halden Institute’s latest survey found that most workers want doors.",
        f"Ana Ruiz and Tom Ode run a small firm. {_QUOTE} they said.",
    ]
    assert speakers_in_order(paragraphs) != ["Halden Institute"]
