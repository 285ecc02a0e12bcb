"""A document from or by a body described between commas before "which found" ("a 2023 study by
the Consumer Finance Observatory, an independent research group, which found that … “…”") is
that body's, as without the description; not the words of the one who pointed to it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“fewer than one in five users saw a change large enough to move them.”"
_BEFORE = "Rhiannon Tsai, a professor at the University of Castlemere, said the evidence was thin."


def test_a_described_issuer_before_which_found_speaks() -> None:
    for document, body in (
        ("a 2023 study by the Consumer Finance Observatory, an independent research group,",
         "Consumer Finance Observatory"),
        ("last month’s report from the Northmarch Audit Office, the public spending watchdog,",
         "Northmarch Audit Office"),
        ("a survey by Harbour Insight, a polling firm,", "Harbour Insight"),
    ):
        paragraphs = [
            f"{_BEFORE} She pointed to {document} which found that scores rose but that"
            f" {_QUOTE}"
        ]
        assert speakers_in_order(paragraphs)[-1] == body, document


def test_her_own_study_which_found_stays_hers() -> None:
    paragraphs = [
        f"{_BEFORE} She pointed to her own study, a survey of 2,000 renters, which found that"
        f" {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs)[-1] == "Rhiannon Tsai"


def test_a_document_by_a_body_opening_the_sentence_speaks() -> None:
    for document, body in (
        ("A 2023 study by the Consumer Finance Observatory found", "Consumer Finance Observatory"),
        ("A new survey by Harbour Insight showed", "Harbour Insight"),
        ("An analysis by the Tarnby Institute found", "Tarnby Institute"),
    ):
        paragraphs = [f"{_BEFORE} {document} that {_QUOTE}"]
        assert speakers_in_order(paragraphs)[-1] == body, document


def test_a_study_with_no_issuer_names_no_one() -> None:
    paragraphs = [f"{_BEFORE} A study found that {_QUOTE}"]
    assert speakers_in_order(paragraphs)[-1] is None
