""""The company said" after a sentence opened by a company's one-word short form ("Pawcrest,
which is owned by the investment firm Selborne Partners, said it would appeal to the Markets
Appeal Tribunal.") means that company, named in full once with a possessive ("Pawcrest
Veterinary Group’s takeover"), not its owner or a tribunal named after it; a tribunal is no
company."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_LEDE = (
    "The Competition and Markets Board has blocked Pawcrest Veterinary Group’s takeover of its"
    " rival Hollybank Animal Health."
)
_QUOTE = "“ignored the clear benefits of combining two strong clinical networks.”"


def test_the_company_is_the_short_form_opening_the_sentence_before() -> None:
    for sentence in (
        "Pawcrest, which is owned by the investment firm Selborne Partners, said it was"
        " considering an appeal to the Markets Appeal Tribunal.",
        "Pawcrest said it was disappointed and would talk to its owner, Selborne Partners.",
        "Pawcrest, backed by Selborne Partners, said it might appeal.",
    ):
        paragraphs = [
            _LEDE,
            f"{sentence} In a statement to the Financial Courier, the company said the board had"
            f" {_QUOTE}",
        ]
        assert speakers_in_order(paragraphs)[-1] == "Pawcrest Veterinary Group", sentence


def test_a_tribunal_is_no_company() -> None:
    paragraphs = [
        "Harbour Freight Holdings agreed last year to buy a smaller rival.",
        "The deal now goes to the Markets Appeal Tribunal, which will hear it in March. In a"
        f" statement, the company said the board had {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Markets Appeal Tribunal"


def test_a_person_opening_the_sentence_is_no_company() -> None:
    paragraphs = [
        _LEDE,
        "Lawal, who chaired the panel, said Selborne Partners had been told first. In a"
        f" statement, the company said the board had {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Selborne Partners"
