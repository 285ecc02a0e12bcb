"""Names that open with an initial ("E. Jean Holloway") or end with a surname in capitals after
one ("C. Justin LEE"), on invented text: the initial's full stop ends no sentence."""

from __future__ import annotations

from bot.extraction.runs import split_run
from tests.extraction.speaking import speakers_in_order


def test_an_initial_opening_a_name_before_an_appositive() -> None:
    paragraphs = [
        "The library board met on Tuesday night to vote on the new wing.",
        "E. Jean Holloway, the chair, said, “We expect the hall to reopen by the autumn.”",
    ]
    assert speakers_in_order(paragraphs) == ["E. Jean Holloway"]


def test_an_initial_after_a_sentence_and_before_a_who_clause() -> None:
    paragraphs = [
        "The vote was close. J. Robert Lindqvist, who sits on the council, said: “Nobody in this"
        " room wanted to raise the fare again.”",
    ]
    assert speakers_in_order(paragraphs) == ["J. Robert Lindqvist"]


def test_a_title_and_an_initial_before_a_name_and_an_age() -> None:
    paragraphs = [
        "Dr. H. Ross Pellman, 71, told reporters, “The ward has never been this full in December.”",
        "M. Teresa Okafor, a nurse on the night shift, wrote on Facebook, “We are running out of"
        " beds and out of patience.”",
    ]
    assert speakers_in_order(paragraphs) == ["H. Ross Pellman", "M. Teresa Okafor"]


def test_an_initial_and_a_first_name_before_a_surname_in_capitals() -> None:
    paragraphs = [
        "C. Justin LEE, who directs the institute, said, “This work takes a real step towards"
        " cheaper machines.”",
        "“We saw the same pattern in every model we trained,” said Mary J. LEE, a chemist on"
        " the team.",
    ]
    assert speakers_in_order(paragraphs) == ["C. Justin LEE", "Mary J. LEE"]
    assert split_run("C. Justin LEE") == ("C. Justin LEE", False)


def test_a_real_sentence_end_before_the_name_still_ends_the_sentence() -> None:
    paragraphs = [
        "The plan was backed by Gov. Ann Lee. Tom Ode, the mayor, said, “We will build it with"
        " or without the state.”",
        "Polls closed at 8 p.m. Rita Sousa, a volunteer, said, “The queue went round the block"
        " twice before six.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Ode", "Rita Sousa"]


def test_titles_and_credentials_are_still_cut() -> None:
    paragraphs = [
        "U.S. Rep. Ann Lee, a Democrat, said, “The bridge money is already spent twice over.”",
        "“Every clinic in the county is short of staff,” said Kelly A. Jones MS, a nurse.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee", "Kelly A. Jones"]
