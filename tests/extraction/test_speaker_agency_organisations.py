""""The agency said" for an international body named as an organisation ("the Relief
Organisation for Displaced Persons", "the Pan-Sahel Health Organization")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We have never had so many people at the gate,” said Tesfaye Bekele, the camp manager."


def test_the_agency_is_the_organisation_named_before() -> None:
    paragraphs = [
        _OPENING,
        "The camp holds 61,000 people, according to the Relief Organisation for Displaced"
        " Persons. The agency said rations had been cut. “Without new money a further cut"
        " cannot be avoided,” the agency said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Tesfaye Bekele",
        "Relief Organisation for Displaced Persons",
    ]


def test_the_agency_is_the_organization_named_before() -> None:
    paragraphs = [
        _OPENING,
        "Doctors from the Pan-Sahel Health Organization arrived on Monday. “We can treat the"
        " camp for nine more days and no longer,” the agency said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tesfaye Bekele", "Pan-Sahel Health Organization"]


def test_an_agency_by_its_own_word_comes_first() -> None:
    paragraphs = [
        _OPENING,
        "The Harbour Environment Agency and the Coastal Relief Organisation both sent teams."
        " “The water is not safe to drink for at least a week,” the agency said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tesfaye Bekele", "Harbour Environment Agency"]
