"""Speakers for shapes first seen on a batch of articles labelled before the rules saw them."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_two_word_surname_after_a_first_name_keeps_the_first_name() -> None:
    paragraphs = [
        "“Night work changes the body in ways we barely measure yet,” says Nadia Grant Ellery,"
        " a sleep researcher at a city hospital.",
        "Shift workers sleep less on their days off, the study found. “Most of them never catch"
        " up on what they lost during the week,” Grant Ellery says.",
    ]
    assert speakers_in_order(paragraphs) == ["Nadia Grant Ellery", "Nadia Grant Ellery"]


def test_a_title_before_a_full_name_is_not_taken_as_a_first_name() -> None:
    paragraphs = [
        "Harbour Master Maria Quinlan closed the pier at dawn.",
        "“Nobody goes out on the water until the wind drops,” Maria Quinlan said.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Quinlan"]


def test_a_bracketed_sentence_keeps_its_subject_across_but() -> None:
    paragraphs = [
        "The club let its coach, Daniel Okafor, go after a run of heavy defeats. (Okafor did not"
        " reply to a request for comment but wrote online that he had worked hard and “gave"
        " everything I had to this club and its fans.”)",
    ]
    assert speakers_in_order(paragraphs) == ["Daniel Okafor"]


def test_the_one_who_utters_a_line_says_it() -> None:
    paragraphs = [
        "At the gala, Mira Sorensen hands the award to Tobias, who utters his favourite line"
        " —“never leave a stage before the lights go down”— and walks off.",
    ]
    assert speakers_in_order(paragraphs) == ["Tobias"]


def test_a_hyphenated_name_opening_a_sentence_defines_what_it_quotes() -> None:
    paragraphs = [
        "Fennick-Harlow defines a gale as “a wind strong enough to break twigs off the trees.”"
        " Sailors have their own word for it.",
    ]
    assert speakers_in_order(paragraphs) == ["Fennick-Harlow"]


def test_a_subject_that_was_pitching_something_as_a_quote_speaks() -> None:
    paragraphs = [
        "By spring, Lindqvist was pitching its cheapest phone as “a camera that happens to make"
        " calls,” and rivals soon followed.",
    ]
    assert speakers_in_order(paragraphs) == ["Lindqvist"]


def test_a_name_inside_a_whom_clause_is_not_the_unnamed_subject() -> None:
    paragraphs = [
        "The ferryman whom Tomas Berg hires at the harbour warns him, and every passenger"
        " aboard, “you will not reach the island before dark tonight.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


_INTERVIEW = [
    "The beekeeper Oona Lindahl keeps forty hives on the roofs of the old town. She has had a"
    " hard summer. I spoke with her about the heat, the honey and what comes next.",
    "How bad was the season?",
    "It was the worst I have known. I lost a third of the bees in July alone, and nobody in the"
    " valley did much better than that.",
    "Still, I would not go out and say, “the heat alone killed every one of those bees.” Mites"
    " did their share of the work too.",
    "Did anyone warn you?",
    "I forget which neighbour it was who told me, “you will not see a summer like this again.”"
    " They were wrong.",
]


def test_an_answer_over_two_paragraphs_is_the_interviewee_named_before_spoke_with_her() -> None:
    assert speakers_in_order(_INTERVIEW)[0] == "Oona Lindahl"


def test_words_told_to_the_one_answering_are_not_theirs() -> None:
    assert speakers_in_order(_INTERVIEW)[1] is None
