"""A company's filing brought in by "according to" ("X now expects …, according to a filing
with the stock exchange. The filing blamed “…”") is the company's, as "X said in a filing" is;
and "the company" there is the firm of one or two words opening the lede, whatever its verb
("Brannock Freight cut its forecast")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“persistently weak consumer demand in our two largest markets”"


def test_a_filing_according_to_which_the_company_expects_is_its() -> None:
    for subject in ("Brannock Freight", "Halvern Logistics", "Ostrova Parcel Group"):
        paragraphs = [
            f"{subject} now expects operating profit of 410 million euros for the year,"
            " according to a filing with the Stellhaven stock exchange. The filing blamed"
            f" {_QUOTE} and higher wages."
        ]
        assert speakers_in_order(paragraphs)[-1] == subject, subject


def test_the_company_of_the_filing_is_the_lede_firm() -> None:
    for lede in (
        "Brannock Freight cut its full-year profit forecast on Wednesday.",
        "Brannock Freight raised its prices on Wednesday.",
        "Brannock Freight set out its plans on Wednesday.",
    ):
        paragraphs = [
            lede,
            "The company now expects operating profit of 410 million euros, according to a"
            f" filing with the Stellhaven stock exchange. The filing blamed {_QUOTE}.",
        ]
        assert speakers_in_order(paragraphs)[-1] == "Brannock Freight", lede


def test_a_report_according_to_which_someone_acted_is_not_theirs() -> None:
    paragraphs = [
        "Brannock Freight will close two hubs, according to a report in the Stellhaven Ledger."
        f" The report blamed {_QUOTE}."
    ]
    assert speakers_in_order(paragraphs)[-1] != "Brannock Freight"


def test_a_person_opening_the_lede_is_no_company() -> None:
    paragraphs = [
        "Marta Kowal cut its budget on Wednesday.",
        "The company now expects a loss, according to a filing with the exchange. The filing"
        f" blamed {_QUOTE}.",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Marta Kowal"


def test_a_pitch_deck_according_to_which_the_company_expects_is_its() -> None:
    for opening in ("According to a pitch deck seen by the Ledger,", "According to its filing,"):
        paragraphs = [
            "Voltaren, a battery recycling start-up, has raised $60 million, the company"
            " announced on Wednesday.",
            f"{opening} the company expects revenue of $40 million next year. The"
            f" {'deck' if 'deck' in opening else 'filing'} describes the market as “the largest"
            " untapped mineral reserve on earth.”",
        ]
        assert speakers_in_order(paragraphs)[-1] == "Voltaren", opening
