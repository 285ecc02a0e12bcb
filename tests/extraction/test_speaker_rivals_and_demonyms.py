"""Rivals named after "over" and words for someone from a place, on invented sentences."""

from __future__ import annotations

import pytest

from bot.extraction.lexicons import is_demonym
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize("beside", ["a win over", "a clear lead over", "a draw versus"])
def test_a_rival_named_after_over_or_versus_is_no_subject_a_pronoun_can_mean(beside: str) -> None:
    paragraphs = [
        "Mateo Quiroga remains the sport's biggest draw. After a long injury, Quiroga went back"
        f" to Rosario with {beside} Kevin Doyle in a close race in front of a huge crowd.",
        "Next, the Argentine beat Darnell Pike -- who had moved up from the 400 metres -- with"
        ' ease. He set a record and afterward declared "Nobody can catch this Quiroga." The'
        " one man who might is Luis Ortega.",
    ]
    assert speakers_in_order(paragraphs, "Best sprinters of the year") == ["Mateo Quiroga"]


def test_a_rival_after_over_who_then_speaks_keeps_his_quote() -> None:
    paragraphs = [
        "Mateo Quiroga won again on Sunday, a second win over Kevin Doyle this year.",
        'Doyle was gracious in defeat. "He was simply the better runner on the day," Doyle'
        " said after the race.",
    ]
    assert speakers_in_order(paragraphs) == ["Kevin Doyle"]


RACE = (
    "Ines Valdes took the title on Sunday after a hard final. Valdes finished ahead of Maria"
    " Soto and Carla Ruiz in the last lap, and a rain delay was no help."
)


@pytest.mark.parametrize(
    "line",
    [
        "“This is the best day of my whole life,” the Kenyan said.",
        "The Brazilian told reporters: “This is the best day of my whole life.”",
        "“This is the best day of my whole life,” said the Mexican.",
    ],
)
def test_the_and_a_word_for_someone_from_a_place_is_the_person_just_named(line: str) -> None:
    assert speakers_in_order([RACE, line]) == ["Ines Valdes"]


def test_a_newspaper_after_the_is_no_word_for_someone_from_a_place() -> None:
    line = "The Guardian said in an editorial: “This is the worst week of the whole season.”"
    assert speakers_in_order([RACE, line]) == ["The Guardian"]


@pytest.mark.parametrize("word", ["Kenyan", "Brazilian", "Japanese", "Iraqi", "Londoner"])
def test_words_for_people_from_listed_places(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["Guardian", "Adrian", "Milan", "Times", "kenyan"])
def test_places_first_names_and_titles_are_no_such_words(word: str) -> None:
    assert not is_demonym(word)


@pytest.mark.parametrize("subject", ["the Argentine outpaced", "the veteran stopped"])
def test_a_name_after_the_role_and_a_past_verb_is_its_object(subject: str) -> None:
    paragraphs = [
        "Mateo Quiroga remains the sport's biggest draw and the man every promoter wants, even"
        " after a long injury that kept him out for most of last season, and the fans in his"
        " home town have not forgotten him.",
        f"Next, {subject} Darnell Pike with ease. He set a record and afterward declared"
        ' "Nobody can catch me this year, nobody."',
    ]
    assert speakers_in_order(paragraphs) == ["Mateo Quiroga"]


def test_a_name_after_the_place_word_and_a_role_is_the_subject() -> None:
    paragraphs = [
        "Mateo Quiroga won again on Sunday.",
        'Afterwards the Argentine sprinter Darnell Pike said "Nobody can catch him this year,'
        ' nobody at all."',
    ]
    assert speakers_in_order(paragraphs) == ["Darnell Pike"]
