"""A short form that keeps a generational suffix ("Ned Snr", "Kerwin Jr.") is the person
named in full with that suffix ("Ned Parry Snr", "Dale Kerwin Jr.")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_given_name_with_snr_is_the_father_named_in_full() -> None:
    paragraphs = [
        "Ned Parry, 9, was hurt in the fall. His father, Ned Parry Snr, 38, runs a garage.",
        "Ned Snr, who lives apart from the boy's mother, added: “He is a brave lad and he"
        " will be back on his bike in no time.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ned Parry Snr"]


def test_a_surname_with_jr_is_the_son_named_in_full() -> None:
    paragraphs = [
        "Dale Kerwin Jr. hit two home runs on Friday night.",
        "“It felt great to be back out there with the whole team,” Kerwin Jr. said.",
    ]
    assert speakers_in_order(paragraphs) == ["Dale Kerwin Jr."]


def test_father_and_son_of_one_name_keep_apart() -> None:
    paragraphs = [
        "Tom Ode Sr. and his son, Tom Ode Jr., both ran for the council.",
        "“I taught him everything he knows about this town,” Tom Sr. said.",
        "“He taught me to listen before I talk,” Ode Jr. said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Ode Sr.", "Tom Ode Jr."]


def test_jnr_after_the_surname_is_kept() -> None:
    paragraphs = [
        "Striker Danny Hale Jnr scored twice on his return.",
        "“I have waited a long time for a night like this one,” Hale Jnr said.",
    ]
    assert speakers_in_order(paragraphs) == ["Danny Hale Jnr"]


def test_a_given_name_without_a_suffix_is_unchanged() -> None:
    paragraphs = [
        "Ned Parry, 38, runs a garage on the seafront.",
        "“We fix every car by hand before the sun comes up,” Ned said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ned Parry"]
