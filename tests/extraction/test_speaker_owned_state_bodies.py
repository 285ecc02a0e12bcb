"""A country's possessive before a state body's full name ("Qaramand’s Ministry of …")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“Nobody has told us anything since Friday,” said Golnar Azadi, a captain’s wife."


def test_the_body_is_named_without_the_country_that_owns_it() -> None:
    paragraphs = [
        _OPENING,
        "Tessaly’s Ministry of Foreign Affairs summoned the ambassador on Monday. In a"
        " statement, the ministry said the arrest was “a breach of every treaty we have signed"
        " with them.”",
        "Ostrava’s Department of Fisheries said the boat had been fishing illegally. “The"
        " vessel was eleven miles inside the line with its lights off,” the department said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Golnar Azadi",
        "Ministry of Foreign Affairs",
        "Department of Fisheries",
    ]


def test_possessives_that_are_part_of_a_name_stay() -> None:
    paragraphs = [
        _OPENING,
        "The Marlow County Sheriff’s Office said the coast road was shut. “Nobody should drive"
        " on that road tonight for any reason,” the office said.",
        "St Bride’s College of Music said the concert would go ahead. “The students have"
        " rehearsed for months and they deserve their night,” the college said.",
    ]
    found = speakers_in_order(paragraphs)
    assert found[1] == "Marlow County Sheriff’s Office"
    assert found[2] == "St Bride’s College of Music"
