"""A given name that is also a month's short form ("Jun", "Jan") opens a name; a statement
opened with two words before its noun ("In a written ministerial statement, X said") is X's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_month_short_form_before_a_surname_is_a_given_name() -> None:
    for opening, name in (
        ("The infrastructure minister, Jun Takeda-Morrow, said", "Jun Takeda-Morrow"),
        ("Jan Kowalski, the club’s chairman, said", "Jan Kowalski"),
        ("Speaking after the vote, Jun Hayashi said", "Jun Hayashi"),
    ):
        paragraph = f"{opening} the plan would “take at least three more years to finish.”"
        assert speakers_in_order([paragraph]) == [name], opening


def test_a_month_before_a_day_or_alone_is_no_name() -> None:
    paragraphs = [
        "The report was published on Jan. 5 by the ministry.",
        "“The roads will reopen as soon as the water has gone down,” Ana Ruiz said on Jun 12.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]


def test_a_statement_with_two_words_before_its_noun_is_its_maker_when_it_goes_on() -> None:
    for opening, name in (
        (
            "In a written ministerial statement laid before the assembly, the infrastructure"
            " minister, Jun Takeda-Morrow, said the levy would be paused.",
            "Jun Takeda-Morrow",
        ),
        (
            "In a short written statement on Friday, the club’s owner, Mara Lindqvist, said the"
            " coach would stay.",
            "Mara Lindqvist",
        ),
    ):
        paragraphs = [
            opening,
            "The statement continued: “The need for investment has not gone away. Revised"
            " proposals will follow before the summer.”",
        ]
        assert speakers_in_order(paragraphs) == [name], opening
