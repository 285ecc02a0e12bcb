"""Speakers for shapes found on corpus articles labelled before the rules saw them, on
invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_surname_that_is_also_a_title_is_the_person_of_that_name() -> None:
    paragraphs = [
        "Quarterback Devin Bishop threw for two scores. His favourite target was Tomas Reyes,"
        " who caught both of them. He said nobody on the sideline lost their nerve.",
        "“We knew the first drive would set the tone for the whole night,” Bishop said.",
    ]
    assert speakers_in_order(paragraphs) == ["Devin Bishop"]


def test_a_second_verb_after_a_comma_and_shares_the_sentence_subject() -> None:
    paragraphs = [
        "The Harbour Gazette reached Ana Lindqvist, who runs a bakery on the square. She"
        " confirmed the new rent doubles her costs, and said “the shop may not see another"
        " winter here.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Lindqvist"]


def test_a_second_verb_after_a_comma_and_with_no_speech_verb_before() -> None:
    paragraphs = [
        "Marek Ostrowski waited by the gate for an hour, and said “nobody from the council"
        " came out to meet us.”",
    ]
    assert speakers_in_order(paragraphs) == ["Marek Ostrowski"]


def test_an_unnamed_source_after_an_opening_phrase_names_no_one() -> None:
    paragraphs = [
        "Lena Ortiz trained alone on Thursday. Shortly before noon on Friday, a popular"
        " Northfield Rovers fan blog posted a report saying that Ortiz “has agreed to join the"
        " club next season.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_first_name_inside_a_place_name_does_not_start_a_name() -> None:
    paragraphs = [
        "The San Diego Padres posted the video on Monday. “The door is open to him, as it"
        " always was,” the Padres said.",
    ]
    assert speakers_in_order(paragraphs) == ["San Diego Padres"]


def test_a_title_of_words_for_one_who_does_is_cut_from_the_name() -> None:
    paragraphs = [
        "The cider is aged in old rum barrels. “The wood gives it a darker and warmer taste,”"
        " Head Cellarer Joan Mbeki explains.",
        "“We roast the beans on site every single morning,” Master Roaster Linda Okafor said.",
    ]
    assert speakers_in_order(paragraphs) == ["Joan Mbeki", "Linda Okafor"]


def test_a_dotted_abbreviation_after_a_dash_does_not_end_the_sentence() -> None:
    paragraphs = [
        "The fleet has fished the bank for decades. A note attached to the Norway–U.K. Fishing"
        " Pact in 2019 said that “boats from either country may land their catch at both ports"
        " until the end of 2025.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_pronoun_with_a_contracted_would_before_the_verb_speaks() -> None:
    paragraphs = [
        "Rosa Delgado ran the corner shop for thirty years. Whenever the inspectors asked her"
        " about the back room, she’d reply, “It has been a storeroom since my father’s day.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rosa Delgado"]
