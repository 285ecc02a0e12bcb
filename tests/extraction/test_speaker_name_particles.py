"""Name particles of Filipino and Arabic names ("dela", "delos", "ben", "bint") stay in the name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The market has been empty since the curfew began,”"


def test_a_particle_inside_a_name_keeps_the_whole_name() -> None:
    for name in (
        "Rodrigo dela Cruz",
        "Teodoro delos Santos",
        "Youssef ben Salah",
        "Noura bint Khalid",
    ):
        assert speakers_in_order([f"{_QUOTE} said {name}, a trader."]) == [name], name


def test_the_surname_with_its_particle_means_the_person_named_before() -> None:
    paragraphs = [
        f"{_QUOTE} said Teodoro delos Santos, a farmer in Bulacan.",
        "Delos Santos said the water rose in an hour. “We lost every pig we had,” he said.",
        "“Nobody came to warn us before the gates were opened,” said Rodrigo dela Cruz, his"
        " neighbour.",
        "“The whole village was under water by dawn,” dela Cruz said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Teodoro delos Santos",
        "Teodoro delos Santos",
        "Rodrigo dela Cruz",
        "Rodrigo dela Cruz",
    ]


def test_a_first_name_ben_is_still_a_first_name() -> None:
    assert speakers_in_order([f"{_QUOTE} said Ben Okoro, a trader."]) == ["Ben Okoro"]
