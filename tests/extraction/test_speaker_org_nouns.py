"""A noun WordNet gives for an organisation that no hand-written list holds ("cooperative",
"consortium", "seminary", "regiment") stands for the body of that kind named before: "The Harbour
Anglers Cooperative … “…,” the cooperative said.", or the name set beside it ("Marrow Point, a
fishing cooperative"); a name ending with such a noun is a body ("said officials at the Harbour
Anglers Cooperative"), and so is the noun after a body's staff ("officials at the cooperative",
"researchers at the ministry"). Roles stay people ("the coach said"), and a place is no speaker
("the village said")."""

from __future__ import annotations

import pytest

from bot.extraction.body_nouns import staff_noun
from bot.extraction.lexicon import ORG_NOUNS
from bot.extraction.runs import is_org
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We were never asked about any of this and we will not accept it quietly,”"
_HALE = "“The marina will bring jobs to every street in this town,” Hale said."

_NOUNS = (
    "cooperative", "consortium", "seminary", "regiment", "conservancy", "secretariat",
    "philharmonic", "fraternity", "directorate", "kibbutz", "dealership", "polytechnic",
)


def _intro(name: str) -> list[str]:
    return [f"The {name} has opposed the new marina, and Mayor Tom Hale has backed it.", _HALE]


@pytest.mark.parametrize("noun", _NOUNS)
def test_the_noun_said_after_the_body(noun: str) -> None:
    name = f"Harbour Anglers {noun.capitalize()}"
    paragraphs = [*_intro(name), f"{_QUOTE} the {noun} said in a statement."]
    assert speakers_in_order(paragraphs) == ["Tom Hale", name]


@pytest.mark.parametrize("noun", _NOUNS[::3])
def test_said_the_noun_and_a_lead(noun: str) -> None:
    name = f"Kestrel Valley {noun.capitalize()}"
    after = [f"{_QUOTE} said the {noun}.", f"The {noun} said: {_QUOTE[:-2]}.”"]
    for last in after:
        assert speakers_in_order([*_intro(name), last]) == ["Tom Hale", name], last


@pytest.mark.parametrize("noun", _NOUNS[1::3])
def test_a_name_set_beside_the_noun(noun: str) -> None:
    paragraphs = [
        f"Marrow Point, a fishing {noun} founded in 1952, has opposed the new marina, and Mayor"
        " Tom Hale has backed it.",
        _HALE,
        f"{_QUOTE} the {noun} said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale", "Marrow Point"]


@pytest.mark.parametrize("noun", _NOUNS[2::3])
def test_staff_at_a_body_named_by_the_noun(noun: str) -> None:
    name = f"Harbour Anglers {noun.capitalize()}"
    paragraphs = [*_intro(name), f"{_QUOTE} said officials at the {name}."]
    assert speakers_in_order(paragraphs) == ["Tom Hale", name]


@pytest.mark.parametrize("noun", ("cooperative", "seminary", "ministry", "agency"))
def test_staff_at_the_noun(noun: str) -> None:
    name = f"Harbour Anglers {noun.capitalize()}"
    shapes = (
        f"Officials at the {noun} said: {_QUOTE[:-2]}.”",
        f"{_QUOTE} said officials at the {noun}.",
        f"{_QUOTE} researchers at the {noun} said.",
    )
    for last in shapes:
        assert speakers_in_order([*_intro(name), last]) == ["Tom Hale", name], last


def test_other_people_at_the_noun_stay_unnamed() -> None:
    name = "Harbour Anglers Cooperative"
    for last in (f"{_QUOTE} said members at the cooperative.", f"{_QUOTE} officials said."):
        assert speakers_in_order([*_intro(name), last]) == ["Tom Hale", None], last


@pytest.mark.parametrize("noun", ("cooperative", "conservancy", "regiment"))
def test_the_body_in_other_shapes(noun: str) -> None:
    name = f"Harbour Anglers {noun.capitalize()}"
    shapes = (
        f"The {noun} said it would appeal. {_QUOTE} it said.",
        f"{_QUOTE} the {noun}’s statement said.",
        f"{_QUOTE} a statement from the {noun} said.",
        f"{_QUOTE} the local {noun} said.",
    )
    for last in shapes:
        assert speakers_in_order([*_intro(name), last]) == ["Tom Hale", name], last


def test_roles_stay_people() -> None:
    paragraphs = [
        "The Harbour Anglers Cooperative has opposed the marina. Its coach, Dan Ode, trains the"
        " junior anglers.",
        "“The marina will bring jobs to every street in this town,” Mayor Tom Hale said.",
        f"{_QUOTE} the coach said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale", "Dan Ode"]
    paragraphs = [
        "Ana Ruiz lives beside the marina site; her neighbour, Tom Hale, runs the Harbour Anglers"
        " Cooperative.",
        "“It will ruin the view from every window on this street,” Ruiz said.",
        f"{_QUOTE} the neighbour said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz", "Tom Hale"]


def test_a_place_is_no_speaker() -> None:
    paragraphs = [
        "The Harbour Anglers Cooperative meets in the village of Marrow, where Mayor Tom Hale"
        " grew up.",
        _HALE,
        f"{_QUOTE} the village said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale", None]
    assert "village" not in ORG_NOUNS and "commune" not in ORG_NOUNS


def test_no_body_of_the_kind_named_means_no_speaker() -> None:
    paragraphs = [
        "Mayor Tom Hale backed the marina at a meeting in the Marrow village hall.",
        _HALE,
        f"{_QUOTE} the regiment said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Hale", None]


def test_a_person_whose_surname_is_such_a_noun_is_no_body() -> None:
    assert is_org("Harbour Anglers Cooperative")
    assert not is_org("Emeka Obi")  # "obi" is a cult's word in WordNet, after a first name
    assert "cooperative" in ORG_NOUNS and "crew" not in ORG_NOUNS and "coach" not in ORG_NOUNS
    assert staff_noun("officials at the cooperative") == "cooperative"
    assert staff_noun("members at the cooperative") is None
