"""A grouping that names two kinds of its members joined by "and" ("Coalition of Atoll and Delta
Nations", "Union of Coastal and Island States") keeps its whole name, while two bodies joined by
"and" stay two."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_SAID = "The {name} said the text was “an insult to every delegation in the room.”"


def test_two_kinds_of_members_stay_in_the_name() -> None:
    for name in (
        "Coalition of Atoll and Delta Nations",
        "Union of Coastal and Island States",
        "Alliance of Mountain and Lowland Peoples",
        "Federation of Island and Coastal States",
        "League of River and Harbour Cities",
    ):
        assert speakers_in_order([_SAID.format(name=name)]) == [name], name


def test_its_kind_later_is_the_whole_name() -> None:
    name = "Coalition of Atoll and Delta Nations"
    paragraphs = [
        f"Kwabena Asante-Mills, who negotiates for the {name}, said the draft was “a slap "
        "delivered in very polite language.”",
        "“We will not sign anything that leaves out the money,” the coalition said.",
    ]
    assert speakers_in_order(paragraphs) == ["Kwabena Asante-Mills", name]


def test_a_body_after_and_that_names_no_members_is_not_joined() -> None:
    for name in ("Bank of England and Federal Reserve", "Group of Seven and Gulf States Council"):
        assert speakers_in_order([_SAID.format(name=name)]) != [name], name
