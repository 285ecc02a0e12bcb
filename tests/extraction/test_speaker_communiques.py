"""Communiques, declarations and readouts speak for the body that issued them, if named."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "“The border will stay open as long as we can keep it open,” said Lena Ortiz, a UN official."
)


def test_a_communique_or_declaration_is_the_named_body_that_issued_it() -> None:
    for sentence, body in (
        (
            "The African Union communique called for “an immediate and unconditional ceasefire"
            " by all sides.”",
            "African Union",
        ),
        (
            "A declaration from the Arab League urged both sides to “return to the table before"
            " the holy month begins.”",
            "Arab League",
        ),
        (
            "The Harbour Council issued a communique on Friday. “The port will reopen to all"
            " ships by the end of the month,” the communique said.",
            "Harbour Council",
        ),
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", body], sentence


def test_a_document_issued_by_a_meeting_is_no_one_named() -> None:
    for sentence in (
        "A joint statement issued by the summit called for “an end to tariffs that harm the"
        " poorest members.”",
        "A joint declaration issued by the summit called for “an end to tariffs that harm the"
        " poorest members.”",
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", None], sentence


def test_a_person_quoted_in_a_readout_keeps_the_words() -> None:
    sentence = (
        "According to a readout from the prime minister's office, Han Seo-yeon told Zhou"
        " Minghao that Hallen “remains open to a settlement at any time.”"
    )
    assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", "Han Seo-yeon"]
