"""Nouns for which a body is a later sense in WordNet ("syndicate", "conglomerate", "legation",
"brotherhood", "confederation") stand for the body of that kind named before, as the nouns
whose first sense is one do ("the syndicate said" after "the Harbour Anglers Syndicate"); a
place or a person whose name shares no such noun is left as it was."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We were never asked about any of this and we will not accept it quietly,”"
_MAYOR = "Mayor Tom Hale has backed the marina from the start."


@pytest.mark.parametrize(
    ("name", "credit"),
    [
        ("Harbour Anglers Syndicate", "the syndicate said in a statement."),
        ("Orlen Bay Conglomerate", "said the conglomerate."),
        ("Tarrow Dockers Brotherhood", "the brotherhood said on Monday."),
        ("Valley Growers Confederation", "the confederation said."),
        ("Kestovan Legation", "the legation said in a note."),
    ],
)
def test_the_noun_stands_for_the_body_named_before(name: str, credit: str) -> None:
    paragraphs = [
        f"The {name} has opposed the new marina for two years. {_MAYOR}",
        f"{_QUOTE} {credit}",
    ]
    assert speakers_in_order(paragraphs) == [name]


def test_officials_at_the_body_by_its_later_noun() -> None:
    paragraphs = [
        f"The Harbour Anglers Syndicate has opposed the new marina. {_MAYOR}",
        f"{_QUOTE} said officials at the syndicate.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Anglers Syndicate"]


def test_a_body_described_by_the_noun() -> None:
    paragraphs = [
        f"Marrow Point, a fishing syndicate founded in 1952, has opposed the marina. {_MAYOR}",
        f"{_QUOTE} the syndicate said.",
    ]
    assert speakers_in_order(paragraphs) == ["Marrow Point"]


def test_with_no_body_named_the_noun_names_no_one() -> None:
    paragraphs = [
        f"Anglers in Tarrow have opposed the marina. {_MAYOR}",
        f"{_QUOTE} the syndicate said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_person_named_before_is_still_that_person() -> None:
    paragraphs = [
        f"The Harbour Anglers Syndicate has opposed the marina. {_MAYOR}",
        f"{_QUOTE} Hale said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale"]
