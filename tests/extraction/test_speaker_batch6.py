"""Speakers for shapes a sixth batch of labelled articles showed, on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_surname_means_the_person_whose_name_ends_in_jr_not_a_relative_named_once() -> None:
    paragraphs = [
        "Walter H. Grange Jr.’s run for governor rests on old grudges.",
        "Grange says the mill closed because of “people in the state capital who hated my"
        " father,” Judge Walter H. Grange. He also blames his uncle, Henry P. Grange, for the"
        " sale.",
        "“I will reopen the mill on the first day in office,” Grange said.",
    ]
    assert speakers_in_order(paragraphs) == ["Walter H. Grange Jr.", "Walter H. Grange Jr."]


def test_a_generational_suffix_is_kept_with_a_possessive_in_the_headline() -> None:
    paragraphs = ["“We will build the bridge before the winter,” Ode told the crowd."]
    headline = "Samuel T. Ode Sr.’s last campaign"
    assert speakers_in_order(paragraphs, headline) == ["Samuel T. Ode Sr."]
