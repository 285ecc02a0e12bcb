"""A statement read or issued on someone's behalf ("a colleague read a statement on his
behalf", "on behalf of X", "on X's behalf") is that person's: "the statement said" means them,
not the one who read it out."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I did what any of us would have done, so please think of the families,”"


def test_a_statement_on_someones_behalf_is_theirs() -> None:
    cases = (
        "Yıldırım declined to speak, but a colleague read a short statement on his behalf.",
        "A lawyer for the guard read a statement on behalf of Ferhat Yıldırım on Monday.",
        "His union issued a statement on Ferhat Yıldırım’s behalf.",
        "Yıldırım, who is still in hospital, had a statement read out on his behalf.",
    )
    for lead in cases:
        paragraphs = [
            "The guard, Ferhat Yıldırım, has been praised by passengers.",
            f"{lead} {_QUOTE} the statement said.",
        ]
        assert speakers_in_order(paragraphs) == ["Ferhat Yıldırım"], lead


def test_a_statement_with_no_one_it_is_for_keeps_its_issuer() -> None:
    paragraphs = [
        "The guard, Ferhat Yıldırım, has been praised by passengers.",
        f"Northline Rail issued a statement on Monday. {_QUOTE} the statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Northline Rail"]
