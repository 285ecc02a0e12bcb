"""A party's lawyers alleging what someone else did ("Lawyers for X allege that Y took “…”")
speak for the party they act for: the one accused inside the reported clause is not the speaker,
and the lawyers are never a body of their own."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Orchard Lane Bakeries closed its last shop in March after a failed sale."


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Lawyers for Orchard Lane Bakeries, the family chain started by Wilhelmina Osei,"
                " allege in a new lawsuit that Conrad Baptiste and Millstone Foods copied its"
                " recipes “for nothing but their own profit.”"
            ],
            ["Orchard Lane Bakeries"],
        ),
        (
            [
                _OPENING,
                "Attorneys representing Orchard Lane Bakeries contend that Baptiste, a former"
                " manager who joined Millstone in 2023, emailed “a folder of recipe cards and"
                " supplier prices” to himself and hid “his role in the talks with the buyer.”",
            ],
            ["Orchard Lane Bakeries", "Orchard Lane Bakeries"],
        ),
        (
            [
                _OPENING,
                "Orchard Lane Bakeries' lawyers argue that Millstone's owner, Dagny Halvorsen,"
                " knew of the emails and let the copying go on “long after she had been warned"
                " in writing.”",
            ],
            ["Orchard Lane Bakeries"],
        ),
        (
            [
                _OPENING,
                "Lawyers acting for the chain claimed on Monday that Baptiste had told staff the"
                " sale was settled and asked them to send “every recipe we had ever baked” to"
                " the buyer.",
            ],
            ["Orchard Lane Bakeries"],
        ),
        (
            [
                "Lawyers for Ravi Chandrasekhar, a retired pilot, say in the suit that the airline"
                " cut his pension “without a word of warning to anyone who had flown for it.”"
            ],
            ["Ravi Chandrasekhar"],
        ),
    ],
)
def test_lawyers_allege_for_their_client(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_the_lawyers_later_are_the_same_clients() -> None:
    paragraphs = [
        _OPENING,
        "According to the chain's lawyers, Baptiste kept working for it for a month after he"
        " had agreed to join Millstone. The lawyers further allege that Halvorsen approved the"
        " hiring “without asking where any of the recipes had come from.”",
    ]
    assert speakers_in_order(paragraphs) == ["Orchard Lane Bakeries"]


@pytest.mark.parametrize("aside", ["", ", the family chain started by Wilhelmina Osei,"])
def test_the_company_after_lawyers_for_a_company_is_the_other_company(aside: str) -> None:
    paragraphs = [
        f"Lawyers for Orchard Lane Bakeries{aside} allege that Millstone Foods copied its recipes.",
        "Millstone Foods denied the claims. In a statement, the company said the accusations"
        " were “false, and we will answer them in court.”",
    ]
    assert speakers_in_order(paragraphs) == ["Millstone Foods"]


def test_a_named_lawyer_speaks_for_herself() -> None:
    paragraphs = [
        _OPENING,
        "Baptiste's lawyer, Henrietta Mwangi, said her client “never took a single recipe that"
        " the buyer had not already been shown.”",
    ]
    assert speakers_in_order(paragraphs) == ["Henrietta Mwangi"]


def test_an_email_quoted_in_the_lawsuit_is_its_writers() -> None:
    paragraphs = [
        "Lawyers for Orchard Lane Bakeries allege that Millstone Foods copied its recipes.",
        "In an email quoted in the complaint, Halvorsen wrote that the recipes were “a gift we"
        " will never have to pay for.” Dagny Halvorsen has not commented.",
    ]
    assert speakers_in_order(paragraphs) == ["Dagny Halvorsen"]
