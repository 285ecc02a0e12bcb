"""A surname that is also a word for an organisation ("Obi", "Armour") ends a person's name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_HEADLINE = "Market traders protest"


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("Comfort Obi, who sells fabric at the central market,", "Comfort", "Comfort Obi"),
        ("Mr E. M. Obi, the market chairman,", "Mr Obi", "E. M. Obi"),
        ("Blessing Armour, a stallholder for thirty years,", "Armour", "Blessing Armour"),
        ("Precious Troupe, who runs the fish stall,", "Troupe", "Precious Troupe"),
    ],
)
def test_a_surname_that_names_a_kind_of_body_stays_a_person(
    intro: str, later: str, name: str
) -> None:
    paragraphs = [
        f"{intro} joined the protest on Monday.",
        f"“Roofs leak on every stall and nobody from the council has come,” {later} said.",
    ]
    assert speakers_in_order(paragraphs, _HEADLINE) == [name]


def test_a_body_named_with_its_kind_is_still_read_as_the_body() -> None:
    paragraphs = [
        "The Harbour Anglers Cooperative wrote to the council on Monday.",
        "“Our members cannot fish while the quay is closed,” the cooperative said.",
    ]
    assert speakers_in_order(paragraphs, _HEADLINE) == ["Harbour Anglers Cooperative"]
