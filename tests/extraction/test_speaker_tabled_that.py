"""A document set beside its mover between commas, then "that" and a speech verb ("a motion on
Thursday, tabled by councillor X, that calls on the force to “…”"), is the mover's, as with
"which"; with no one named before "that" it keeps no speaker."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_document_beside_its_mover_then_that_is_the_movers() -> None:
    for lead, name in (
        (
            "The city council will debate a motion on Thursday, tabled by councillor Priya"
            " Mehta-Lund, that calls on the constabulary to",
            "Priya Mehta-Lund",
        ),
        (
            "Members will vote on an amendment, moved by Tomasz Wierzbicki, that urges the"
            " government to",
            "Tomasz Wierzbicki",
        ),
        (
            "The assembly received a petition, started by Efua Lindahl, that asks the mayor to",
            "Efua Lindahl",
        ),
    ):
        paragraph = f"{lead} “review its approach to peaceful protest at the refinery gates.”"
        assert speakers_in_order([paragraph]) == [name], lead


def test_that_after_no_one_named_keeps_no_speaker() -> None:
    paragraph = (
        "The city council will debate a motion on Thursday, after months of delay, that calls on"
        " the constabulary to “review its approach to peaceful protest at the refinery gates.”"
    )
    assert speakers_in_order([paragraph]) == [None]
