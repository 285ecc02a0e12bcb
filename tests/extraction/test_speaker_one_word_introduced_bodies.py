"""A one-word body brought in beside its kind ("Voltaren, a battery recycling start-up, has
raised $60 million.") is whom "Voltaren said in a statement … “…,” the statement said." means,
though no longer name starts with it; a person brought in so by a role stays a person."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are spending now so that we can grow later,”"


def test_a_one_word_body_beside_its_kind_speaks_in_its_statement() -> None:
    for name, kind in (
        ("Voltaren", "a battery recycling start-up"),
        ("Quillmoor", "the snack company"),
        ("Tarnvik", "a small lender"),
    ):
        intro = f"{name}, {kind}, has raised $60 million." if kind[0] == "a" else (
            f"{kind.capitalize()} {name} has raised $60 million."
        )
        paragraphs = [
            intro,
            f"{name} said in a statement that it expected a loss. {_QUOTE} the statement said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == name, name


def test_a_person_brought_in_by_a_role_stays_a_person() -> None:
    paragraphs = [
        "Dariusz, a fitter on the wafer line, has worked there for eleven years.",
        f"Dariusz said in an interview that he would vote yes. {_QUOTE} he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Dariusz"
