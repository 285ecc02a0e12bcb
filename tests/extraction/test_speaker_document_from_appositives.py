"""A document "from" someone's agent named between commas ("a letter from its solicitors, Marlow
Pike LLP, said …") goes on speaking for that agent when the article reads it again ("The letter
added: “…”")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ASKED = "Harwick Homes did not answer detailed questions about the repairs."


@pytest.mark.parametrize(
    ("document", "noun", "speaker"),
    [
        ("a letter from its solicitors, Marlow Pike LLP,", "letter", "Marlow Pike LLP"),
        ("a statement from her lawyer, Tobias Renwick,", "statement", "Tobias Renwick"),
        ("an email from their press office, Harbour Media Partners,", "email",
         "Harbour Media Partners"),
    ],
)
def test_the_document_read_again_is_the_agents(document: str, noun: str, speaker: str) -> None:
    paragraphs = [
        _ASKED,
        f"Later {document} said the claims were “wholly without merit and will be resisted.”",
        f"The {noun} added: “Our client will not hesitate to protect its good name.”",
    ]
    assert speakers_in_order(paragraphs) == [speaker, speaker]


def test_a_document_from_a_body_named_straight_away_is_unchanged() -> None:
    paragraphs = [
        _ASKED,
        "A letter from Marlow Pike LLP said the claims were “wholly without merit and will be"
        " resisted.” The letter added: “Our client will not hesitate to protect its good name.”",
    ]
    assert speakers_in_order(paragraphs) == ["Marlow Pike LLP", "Marlow Pike LLP"]


def test_an_agent_described_in_lower_case_names_no_one() -> None:
    paragraphs = [
        _ASKED,
        "A notice from its managers, the block committee, said the work was “overdue by at"
        " least three years.” The notice added: “Repairs will begin in the spring at the"
        " latest.”",
    ]
    assert speakers_in_order(paragraphs) == [None, None]
