"""Companies named by their trade ("Semiconductor", "Electronics") or their legal form ("AG"),
on invented sentences."""

from __future__ import annotations

from bot.extraction.orgs import org_spans
from bot.extraction.runs import is_org, split_run
from tests.extraction.speaking import speakers_in_order

_FILLER = (
    "Prices for chips used in phones stayed weak all summer. Output at the older plants fell"
    " again, and two lines were shut for repairs in August."
)


def test_the_company_is_a_semiconductor_maker_named_long_before() -> None:
    paragraphs = [
        "Daeseong Semiconductor reported a record quarter on Tuesday.",
        *[_FILLER] * 5,
        "The company said in its filing that it expected “orders from data centres to keep"
        " growing next year”.",
    ]
    assert speakers_in_order(paragraphs) == ["Daeseong Semiconductor"]


def test_an_electronics_maker_is_an_organisation() -> None:
    assert is_org("Mirae Electronics")
    assert is_org("Brightwater Securities")
    assert not is_org("Mirae Park")


def test_a_legal_form_stays_on_the_company_name() -> None:
    assert split_run("Auerbach Industrie AG") == ("Auerbach Industrie AG", False)
    assert split_run("Halden Werke GmbH") == ("Halden Werke GmbH", False)
    paragraphs = [
        "Engineering group Halden Werke GmbH agreed to buy a Danish pump maker.",
        "Halden said in a statement that it had “no plans to close the Danish plant or cut"
        " jobs there”.",
    ]
    assert speakers_in_order(paragraphs) == ["Halden Werke GmbH"]


def test_a_credential_after_a_person_is_still_dropped() -> None:
    assert split_run("Nora Dunn MS") == ("Nora Dunn", False)


def test_an_analyst_at_a_securities_house_is_the_speaker() -> None:
    paragraphs = [
        "“The foundry keeps promising a turnaround that never arrives,” said Omar Haddad, an"
        " analyst at Brightwater Securities.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Haddad"]


def test_a_company_ending_a_sentence_is_named_without_the_full_stop() -> None:
    paragraphs = [
        "The folding screen was designed by Mirae Electronics.",
        "“It bends two hundred thousand times before the first crease shows,” the company said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mirae Electronics"]


def test_a_short_form_keeps_its_own_stop() -> None:
    assert org_spans("It was bought by Acme Inc. in May.") == [(17, 26, "Acme Inc.")]
    assert org_spans("The sensor was built at Calder University.") == [
        (24, 41, "Calder University")
    ]
