"""A document opening its sentence right before a quote that holds its verb ("Its text
“demands that …”", "The declaration “calls on …”", "Paragraph 4 of the text “requests …”")
speaks for whoever issued it, found where the document was brought in, a wire dateline before
the issuer aside. A quote opening with no verb after a document, or a person, is left alone."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "UNITED NATIONS — The United Nations Security Council on Thursday demanded a halt to the"
    " fighting, adopting a resolution on aid to the port."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its text “demands that all parties cease hostilities in and around the port.”",
        "The resolution “strongly condemns the use of starvation as a method of warfare.”",
        "Paragraph 4 of the text “requests a report to the council within thirty days.”",
    ],
)
def test_a_document_subject_is_its_issuers(sentence: str) -> None:
    paragraphs = [_OPENING, "The vote was 13 to none, with two abstentions.", sentence]
    assert speakers_in_order(paragraphs) == ["United Nations Security Council"]


def test_a_second_quote_joined_by_and_is_the_documents_too() -> None:
    paragraphs = [
        _OPENING,
        "Its text “demands that all parties cease hostilities at once” and “strongly condemns"
        " the use of starvation as a method of warfare,” wording that diplomats said was hard"
        " won.",
    ]
    assert speakers_in_order(paragraphs) == ["United Nations Security Council"] * 2


def test_the_first_mention_names_the_issuer_when_later_ones_do_not() -> None:
    paragraphs = [
        "Gov. Ana Ruiz on Tuesday signed an executive order on water bills.",
        "Critics said the order went too far. Supporters said the order was late.",
        "Lawyers read the order twice. Nobody liked the order much.",
        "The order “directs the utilities commission to suspend all disconnections at once.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its text was called “the best the council could agree on that night” by one envoy.",
        "Its text, one diplomat said, was “the best the council could agree on that night.”",
    ],
)
def test_no_verb_opening_or_another_speaker_is_left_alone(sentence: str) -> None:
    paragraphs = [_OPENING, sentence]
    assert speakers_in_order(paragraphs) != ["United Nations Security Council"]


def test_a_clause_between_the_document_and_the_quote() -> None:
    paragraphs = [
        _OPENING,
        "The resolution, which passed 13-0, “calls on all parties to allow aid into the city.”",
    ]
    assert speakers_in_order(paragraphs) == ["United Nations Security Council"]


@pytest.mark.parametrize(
    "opening",
    [
        "The Security Council voted 12-0 on Friday for a text on aid convoys.",
        "The Security Council voted on Friday for a resolution on aid convoys.",
    ],
)
def test_a_body_voting_for_a_text_issues_it(opening: str) -> None:
    paragraphs = [opening, "Its text “urges all parties to refrain from attacks on aid workers.”"]
    assert speakers_in_order(paragraphs) == ["Security Council"]


def test_a_person_voting_for_a_report_does_not_write_it() -> None:
    paragraphs = [
        "Ana Ruiz voted for the report on Monday.",
        "“The valve failed without warning and nobody noticed,” the report says.",
    ]
    assert speakers_in_order(paragraphs) == [None]
