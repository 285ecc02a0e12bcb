"""A Title Case headline word the body writes in lower case is no part of a name ("Battery
Start-Up Voltaren Raises $60 Million" when the body calls it "a battery recycling start-up"):
"Voltaren said in a statement" is Voltaren, not "Battery Start-Up Voltaren"; a name the body
never writes in lower case is still read from the headline."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are spending now so that we can grow later,”"


def test_a_headline_word_the_body_writes_in_lower_case_is_no_name() -> None:
    for headline, kind in (
        ("Battery Start-Up Voltaren Raises $60 Million", "a battery recycling start-up"),
        ("Snack Maker Quillmoor Cuts Prices Again", "a snack maker"),
    ):
        name = headline.split()[2]
        paragraphs = [
            f"{name}, {kind} founded by two lab partners, raised money in a round led by"
            " Greyhaven Capital, the company announced on Wednesday.",
            f"According to a filing, {name} expects a loss. {name} said in a statement that it"
            f" expected a loss. {_QUOTE} the statement said.",
        ]
        assert speakers_in_order(paragraphs, headline)[-1] == name, headline


def test_a_headline_name_the_body_never_lowers_is_kept() -> None:
    paragraphs = [
        "The singer spoke about her tour for the first time on Tuesday.",
        f"{_QUOTE} Quoyle told fans at the show.",
    ]
    headline = "Marisela Quoyle Opens Up About Her Tour"
    assert speakers_in_order(paragraphs, headline)[-1] == "Marisela Quoyle"
