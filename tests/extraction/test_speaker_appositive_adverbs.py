"""A role with its holder's name set off by commas, then an adverb before the verb ("His
deputy, Anna Volkova, later told reporters the text was “…”"): the name, not the role alone."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“The truce is failing on the ground,” said Amara Gebremedhin, the envoy."


def test_a_possessed_role_then_a_name_then_later() -> None:
    paragraphs = [
        _OPENING,
        "Dorokhin’s deputy, Anna Sergeyevna Volkova, later told reporters the text was “a gift"
        " to the rebels and nothing else.”",
        "His spokesman, Piotr Zawadzki, also said the vote was “the worst mistake this council"
        " has made in years.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Amara Gebremedhin",
        "Anna Sergeyevna Volkova",
        "Piotr Zawadzki",
    ]


def test_an_aside_that_is_no_name_still_leaves_the_subject() -> None:
    paragraphs = [
        _OPENING,
        "Nikolai Dorokhin, in a bid to calm the chamber, also promised that his delegation would"
        " “read every word of the draft before Monday.”",
    ]
    assert speakers_in_order(paragraphs) == ["Amara Gebremedhin", "Nikolai Dorokhin"]
