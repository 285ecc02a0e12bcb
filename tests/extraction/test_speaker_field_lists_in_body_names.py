"""Bodies whose names hold fields joined by "and" or a comma list, or that an acronym in
brackets defines, are the speaker by their whole name, invented text."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Every small boat should carry one before the winter storms arrive,”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "As described by the Inland and Coastal Rescue Authority (ICRA), a beacon is “the"
            " one piece of kit a crew in the water cannot do without.”",
            "Inland and Coastal Rescue Authority",
        ),
        (
            "According to the Tanners and Leatherworkers Guild (TLG), the trade is “shrinking"
            " faster than anyone had thought possible.”",
            "Tanners and Leatherworkers Guild",
        ),
        (
            f"{_QUOTE} the Arts and Heritage Research Council said.",
            "Arts and Heritage Research Council",
        ),
        (f"{_QUOTE} said the Fish and Wildlife Service.", "Fish and Wildlife Service"),
        (
            f"{_QUOTE} the Department of Forestry and Rural Affairs said.",
            "Department of Forestry and Rural Affairs",
        ),
        (
            f"{_QUOTE} said the Bureau of Alcohol, Tobacco, Firearms and Explosives.",
            "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        ),
        (
            f"{_QUOTE} the Office of Docks, Moorings and Inland Canals said.",
            "Office of Docks, Moorings and Inland Canals",
        ),
        (
            "The Grain Millers, Bakers and Confectioners Federation, which has 900 members, said"
            " the levy was “a tax on every loaf in the country.”",
            "Grain Millers, Bakers and Confectioners Federation",
        ),
        (f"{_QUOTE} the Parks and Wildlife Commission said.", "Parks and Wildlife Commission"),
        (
            f"{_QUOTE} said the Ministry of Health and Social Services.",
            "Ministry of Health and Social Services",
        ),
        (
            f"{_QUOTE} the Centers for Fever Control and Prevention said.",
            "Centers for Fever Control and Prevention",
        ),
        (
            f"{_QUOTE} said the Centres for Fishery and Harbour Services.",
            "Centres for Fishery and Harbour Services",
        ),
        (
            f"{_QUOTE} the Institute for Harbour Safety and Welfare said.",
            "Institute for Harbour Safety and Welfare",
        ),
    ],
)
def test_a_body_holding_a_list_of_fields_is_named_whole(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Tesla and Ford Motor Company agreed the deal.", ["Ford Motor Company"]),
        ("Harlow Telecom and National Grid Authority agreed.", ["National Grid Authority"]),
        ("Meridian and Federal Trade Commission lawyers met.", ["Federal Trade Commission"]),
        ("Marlowe, Quinn and Hartley Group agreed.", ["Hartley Group"]),
        ("Veltria and Kenyan Revenue Authority officials met.", ["Kenyan Revenue Authority"]),
        ("The Greens, Radicals and Harbour Party agreed.", ["Harbour Party"]),
        ("The Department of Health and Ann Lee agreed.", ["Department of Health"]),
        (
            "The Ministry of Defence and Foreign Office agreed.",
            ["Ministry of Defence", "Foreign Office"],
        ),
        ("Paris, Lyon and Marseille Port Authority agreed.", ["Marseille Port Authority"]),
        (
            "The Office for Harbour Statistics and Ofcom agreed.",
            ["Office for Harbour Statistics"],
        ),
        (
            "The Centre for Policy Studies and Treasury agreed.",
            ["Centre for Policy Studies"],
        ),
    ],
)
def test_two_bodies_or_a_list_of_places_stay_apart(sentence: str, names: list[str]) -> None:
    assert [name for _, _, name in org_spans(sentence)] == names
