"""A "he" or "she" after a sentence means its subject, not someone named after a preposition
in it ("Tom Ode, jailed for his feud with Ben Hollis, told …")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_name_after_to_in_the_subjects_aside_is_not_he() -> None:
    paragraphs = [
        "Dmitri Volkov, who was jailed for his opposition to Ivan Petrov, told reporters there"
        " were no protections left.",
        "“There are no guarantees for anyone who invests here any more,” he said at the time.",
    ]
    assert speakers_in_order(paragraphs) == ["Dmitri Volkov"]


def test_a_tribute_paid_to_someone_leaves_he_with_the_one_paying_it() -> None:
    paragraphs = [
        "Tom Reyes thanked the crowd and paid tribute to John Smith.",
        "“It was a day I will never forget as long as I live,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


def test_a_rival_of_someone_in_an_aside_stays_the_subject() -> None:
    paragraphs = [
        "Carl Moss, a longtime rival of Peter Lund, spoke after the vote.",
        "“The result shows the town wants a change of direction,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Carl Moss"]


def test_the_only_man_after_a_preposition_is_still_he() -> None:
    paragraphs = [
        "Lisa Moss spoke to Tom Reyes after the hearing.",
        "“I have nothing more to say about the case today,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


def test_a_man_after_a_preposition_with_no_person_as_subject_is_he() -> None:
    paragraphs = [
        "The award went to John Smith on Friday.",
        "“I did not expect this at all, it is a real honour,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["John Smith"]


def test_a_woman_writing_to_a_man_leaves_he_with_the_man() -> None:
    paragraphs = [
        "Anna Berg wrote a letter to John Smith in March.",
        "“I did not expect this at all, it is a real honour,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["John Smith"]


def test_a_relative_named_after_being_is_not_he() -> None:
    paragraphs = [
        "Tom Ode runs the bakery his late father started, the founder being John Ode.",
        "“Every loaf here is still made the way he made them,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Ode"]


def test_the_uncle_being_someone_leaves_he_with_the_candidate() -> None:
    paragraphs = [
        "Omar Pike is running for mayor.",
        "He says the mill was sold cheaply, the buyer being his uncle John Pike. He insists"
        " “the sale was fixed from the start, and everyone in town knew it,” and he wants a"
        " review.",
    ]
    assert speakers_in_order(paragraphs) == ["Omar Pike"]
