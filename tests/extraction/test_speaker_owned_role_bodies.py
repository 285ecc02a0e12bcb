"""A body set off by commas after someone of a name's ("Lumbre’s owners, the Castellano
Hospitality Group, said") is the speaker, not the name that owns the role; a person set off
so still speaks, and a lone possessed role keeps its own reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "The chef Tomás Ferreira-Quist runs Lumbre, a restaurant in Calverton."
_QUOTE = "“spoken to him about the standards we expect from everyone who represents us”"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Lumbre’s owners, the Castellano Hospitality Group,", "Castellano Hospitality Group"),
        ("Lumbre’s new owner, Harrow Street Capital,", "Harrow Street Capital"),
        ("Calverton’s licensing body, the Westmere Licensing Board,", "Westmere Licensing Board"),
    ],
)
def test_the_body_set_off_speaks(subject: str, body: str) -> None:
    sentence = f"{subject} said in a brief statement that they had {_QUOTE} and closed the matter."
    assert speakers_in_order([_OPENING, sentence]) == [body]


def test_a_person_set_off_still_speaks() -> None:
    sentence = f"Lumbre’s owner, Tomas Castellano, said in a statement that he had {_QUOTE}."
    assert speakers_in_order([_OPENING, sentence]) == ["Tomas Castellano"]


def test_a_possessed_name_alone_is_unchanged() -> None:
    """No appositive after the role: "Lumbre’s statement said" is still read as before."""
    sentence = f"Lumbre’s statement said the owners had {_QUOTE}."
    assert speakers_in_order([_OPENING, sentence]) == ["Lumbre"]
