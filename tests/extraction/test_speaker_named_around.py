"""Speakers named around a quote in longer shapes: an age before a "who" clause in the credit
between two halves ("“…,” X, 54, who runs the bakery, said, “…”"), a sentence after a bare
quote naming a title or a three-word name ("That was Dr Hamid Farouqi, speaking on Tuesday.")
or a cleft ("It was X who put it best."), a colon ending a paragraph of two sentences, and a
partial quote's sentence ending in another verb of saying ("“…” deserve a say, argued Ode.")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NAMES = ["Marta Okonkwo-Reyes", "Tomasz Wielgosz", "Siobhán Ní Bhriain", "Kwame Asante"]
_FIRST = "“We cannot wait another winter for the pipes"
_SECOND = "“and we will not be told to wait again by anyone.”"
_BARE = "“We cannot wait another winter for the pipes to be replaced.”"


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize(
    "credit",
    ["{}, 54, who runs the bakery, said", "{}, 71, who has lived here for decades, told us"],
)
def test_an_age_before_a_who_clause_between_two_halves(name: str, credit: str) -> None:
    paragraphs = ["A storm hit the coast.", f"{_FIRST},” {credit.format(name)}, {_SECOND}"]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("That was Dr Hamid Farouqi, speaking on Tuesday.", "Hamid Farouqi"),
        ("That was Siobhán Ní Bhriain, the union organiser.", "Siobhán Ní Bhriain"),
        ("That was Maria de la Cruz, who runs the clinic.", "Maria de la Cruz"),
        ("It was Kwame Asante who put it most bluntly.", "Kwame Asante"),
        ("It was Ingrid Solberg who said it best.", "Ingrid Solberg"),
        ("It was Dr Hamid Farouqi who summed it up.", "Hamid Farouqi"),
    ],
)
@pytest.mark.parametrize("before", ["", "Greta Lindqvist chaired the first session."])
def test_a_sentence_after_naming_the_speaker(after: str, name: str, before: str) -> None:
    paragraphs = [p for p in (before, f"{_BARE} {after}") if p]
    assert speakers_in_order(paragraphs)[-1] == name


def test_a_cleft_about_something_else_names_no_speaker() -> None:
    paragraphs = [f"Hundreds marched to the town hall. {_BARE} It was Kwame Asante who paid."]
    assert speakers_in_order(paragraphs) != ["Kwame Asante"]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("verb", ["told the Gazette", "said", "wrote to members"])
def test_a_colon_ending_a_paragraph_of_two_sentences(name: str, verb: str) -> None:
    paragraphs = [f"Greta Lindqvist had called a meeting on Monday. {name} {verb}:", _BARE]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("argued Wielgosz", "Tomasz Wielgosz"),
        ("warned Okonkwo-Reyes", "Marta Okonkwo-Reyes"),
        ("insists Wielgosz, who chairs the tenants' group", "Tomasz Wielgosz"),
        ("predicted Okonkwo-Reyes", "Marta Okonkwo-Reyes"),
    ],
)
def test_a_partial_quote_then_a_verb_and_a_surname(credit: str, name: str) -> None:
    paragraphs = [
        "Marta Okonkwo-Reyes and Tomasz Wielgosz both spoke at the meeting.",
        f"“Families who have lived on the estate for generations” deserve a say, {credit}.",
    ]
    assert speakers_in_order(paragraphs) == [name]
