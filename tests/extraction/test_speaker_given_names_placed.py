"""Someone who gave one name and where they are from ("One listener, who gave her name only as
Gráinne, from Carrick, wrote:") is that name, as without the place."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_given_name_with_a_home_town_speaks() -> None:
    for lead, name in (
        ("One listener, who gave her name only as Gráinne, from Carrick, wrote:", "Gráinne"),
        ("A caller, who gave his name as Tomasz, from Lower Brackley, said:", "Tomasz"),
        ("One reader, who signed herself only as Ifeoma, from Enugu, wrote:", "Ifeoma"),
    ):
        paragraphs = [
            "The programme read out several of the messages it received.",
            f"{lead} “I have been late for work eleven times this year and nobody cares.”",
        ]
        assert speakers_in_order(paragraphs) == [name], name


def test_a_description_with_a_town_but_no_given_name_stays_unnamed() -> None:
    paragraphs = [
        "The programme read out several of the messages it received.",
        "One listener from Carrick wrote: “I have been late for work eleven times this year.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
