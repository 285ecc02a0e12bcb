""" "His party said" or "her union said" means the body the person the pronoun stands for was
named with ("Imran Siddiqui of the Independent Residents' Group"), not whichever party the
article named last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“there is a real appetite for politics that starts on the street”"
_CASES = [
    (
        "Dana Hartley of the Civic Renewal Party won the mayoralty.",
        "The third-placed candidate, Farida Nasser of the Harbour Residents' Alliance, took 14"
        f" per cent. Her party said in a statement that the result showed {_QUOTE}.",
        "Harbour Residents' Alliance",
    ),
    (
        "Dana Hartley of the Civic Renewal Party won the mayoralty.",
        "Kwame Mensah, the leader of the Green Coast Movement, came third. His party said the"
        f" result showed {_QUOTE}.",
        "Green Coast Movement",
    ),
    (
        "The Civic Renewal Party took control of the council.",
        "Tomasz Nowak, a shop steward for the Allied Transport Union, was on the picket line.\n\n"
        f"His union said later that the strike showed {_QUOTE}.",
        "Allied Transport Union",
    ),
    (
        "Ines Okoye of the People's Front for Renewal came second. The Civic Renewal Party won.",
        f"Ms Okoye conceded at 3am. Her party wrote on its website that voters had shown {_QUOTE}.",
        "People's Front for Renewal",
    ),
    (
        "Ana Lis of the Labour Party came first, ahead of Tom Ode of the Liberal Party.",
        f"Ms Lis thanked her volunteers. Her party said the vote showed {_QUOTE}.",
        "Labour Party",
    ),
]


@pytest.mark.parametrize(("before", "said", "body"), _CASES)
def test_the_pronoun_owners_body_speaks(before: str, said: str, body: str) -> None:
    assert speakers_in_order([before, *said.split("\n\n")]) == [body]


def test_with_no_body_tied_to_the_owner_the_party_named_speaks() -> None:
    paragraphs = [
        "The Civic Renewal Party won eight seats. Its leader, Tom Ode, was at the count.",
        f"He thanked voters. His party said the result showed {_QUOTE}.",
    ]
    assert speakers_in_order(paragraphs) == ["Civic Renewal Party"]


def test_a_place_the_owner_is_from_is_no_body() -> None:
    paragraphs = [
        "The Civic Renewal Party won eight seats. Tom Ode of Northgate was elected for it.",
        f"He thanked voters. His party said the result showed {_QUOTE}.",
    ]
    assert speakers_in_order(paragraphs) == ["Civic Renewal Party"]
