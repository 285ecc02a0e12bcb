"""A body set off by a long description ("Hollowell Residential, a firm based in Corvallis
Springs that bought the complex for $41 million in August, sent lease renewal notices to
tenants.") is the subject who sent the notices, so "The notice describes the increase as “…”"
two sentences on is its words; a description of up to 120 characters, not 60, may stand there."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“necessary to bring rents in line with the local market and to fund improvements.”"


def test_a_body_with_a_long_description_sent_the_notice() -> None:
    for subject in (
        "Hollowell Residential, a firm based in Corvallis Springs that bought the complex for"
        " $41 million in August,",
        "Castellane Homes, the housing association that took over the estate from the council"
        " in 2019,",
    ):
        paragraphs = [
            f"{subject} sent lease renewal notices to tenants last month. According to copies"
            " seen by the Ledger, rent for a unit would rise by a third. The notice describes"
            f" the increase as {_QUOTE}"
        ]
        expected = subject.split(",")[0]
        assert speakers_in_order(paragraphs)[-1] == expected, subject


def test_a_notice_from_someone_else_is_not_the_bodys() -> None:
    paragraphs = [
        "Hollowell Residential, a firm based in Corvallis Springs that bought the complex for"
        " $41 million in August, owns four buildings. The city sent tenants a notice last week."
        f" The notice describes the increase as {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs)[-1] != "Hollowell Residential"
