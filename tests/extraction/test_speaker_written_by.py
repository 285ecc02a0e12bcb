"""A document whose writer a participle after its noun names ("An internal memo obtained by the
Ledger, dated Thursday and written by campaign manager X, describes …") is that writer's, and so
is "the memo" after it; the outlet it was obtained by and a resolution's drafters are not."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_document_written_by_someone_is_theirs_and_so_is_the_document_after_it() -> None:
    for opening, name in (
        (
            "An internal campaign memo obtained by the Valley Ledger, dated Thursday and written"
            " by campaign manager Priyanka Venkatesh, describes Millbrook as",
            "Priyanka Venkatesh",
        ),
        (
            "A briefing note seen by the Herald and written by chief strategist"
            " Tomasz Wrona, calls the seat",
            "Tomasz Wrona",
        ),
        (
            "The letter, sent on Monday and penned by the club’s captain Ama Owusu, calls the"
            " decision",
            "Ama Owusu",
        ),
    ):
        paragraphs = [
            f"{opening} “the single most important place on the map for us this year.”",
            "The memo urges staff to “stop talking about the rival’s record and start talking"
            " about wages,” and warns of “a slow bleed of support among older voters.”",
        ]
        if "letter" in opening:
            paragraphs[1] = paragraphs[1].replace("The memo", "The letter")
        assert speakers_in_order(paragraphs) == [name, name, name], opening


def test_the_outlet_that_obtained_a_document_is_not_its_writer() -> None:
    paragraphs = [
        "An internal memo obtained by the Valley Ledger describes the town as “the single most"
        " important place on the map for us this year.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_resolution_drafted_by_members_is_the_body_that_passed_it() -> None:
    paragraphs = [
        "The Harbour Council passed a resolution on Friday after a long night of talks.",
        "The resolution, drafted by Ostreland and Kanduru, passed with 13 votes. Its text"
        " “demands that all parties cease hostilities around the port.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Council"]
