"""A body issuing a statement stays its issuer when an aside names who leads it ("the X Union,
led by Ann Ode, said in a statement"): "the statement said" later is the body's, not the
leader's; a person issuing it with an aside about a body stays the person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our members have kept their side of the bargain,”"


@pytest.mark.parametrize(
    ("issued", "credit", "expected"),
    [
        (
            "In a statement posted late on Tuesday, the Harwick Tenants Union, led by the"
            " veteran organiser Mila Okonjo, said it had accepted the offer.",
            "the statement said.",
            "Harwick Tenants Union",
        ),
        (
            "In a letter to members, the Dunmore Angling Society, chaired by Piotr Nowak,"
            " said the lake would reopen.",
            "the letter said.",
            "Dunmore Angling Society",
        ),
        (
            "The Keswick Growers Cooperative, founded by Aiko Tanaka in 1998, issued a"
            " statement on Friday.",
            "the statement read.",
            "Keswick Growers Cooperative",
        ),
        (
            "In a statement, the Northfield Nurses Union, headed since May by Grace Mwangi,"
            " said talks had failed.",
            "the statement added.",
            "Northfield Nurses Union",
        ),
        (
            "In a notice issued on Monday, the Varo Ferry Company, run by the Castellan"
            " family, warned of delays.",
            "the notice said.",
            "Varo Ferry Company",
        ),
    ],
)
def test_the_body_not_its_leader_issued_it(issued: str, credit: str, expected: str) -> None:
    assert speakers_in_order([issued, f"{_QUOTE} {credit}"]) == [expected]


def test_a_person_with_a_body_aside_issued_it() -> None:
    issued = (
        "In a statement on Friday, Mila Okonjo, who leads the Harwick Tenants Union,"
        " said she would stand down."
    )
    assert speakers_in_order([issued, f"{_QUOTE} the statement said."]) == ["Mila Okonjo"]
