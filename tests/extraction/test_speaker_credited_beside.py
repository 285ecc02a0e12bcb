"""Speakers named beside a quote in shapes the subject of the sentence before must not beat:
a dash aside between the name and the verb ("X — a former fisherman — said:"), a paper credited
after the quote ("“…,” read a statement from X."), and a bare quote run on into one credited
after it ("“…” “…,” X said.")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Councillor Dafydd Pryce had called the meeting for Monday.",
    "The Northfield Water Board raised its charges in March.",
    "Greta Lindqvist chaired the first session.",
]
_NAMES = ["Pradeep Venkataraman", "Marta Okonkwo-Reyes", "Li Wenjun", "Tomasz Wielgosz"]
_QUOTE = "“We cannot wait another winter for the pipes to be replaced"


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize(
    "aside", ["a former fisherman", "who ran the ferry for 20 years", "pictured above", "54"]
)
def test_a_dash_aside_between_name_and_verb(name: str, aside: str) -> None:
    paragraphs = ["A storm hit the coast on Monday.", f"{name} — {aside} — said: {_QUOTE}.”"]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize(
    "credit",
    [
        "read a statement from {}",
        "said a statement issued by {}",
        "read an email from {} on Tuesday",
        "per {}",
    ],
)
@pytest.mark.parametrize("before", _BEFORE)
def test_a_paper_credited_after_the_quote(name: str, credit: str, before: str) -> None:
    paragraphs = [f"{before} {_QUOTE},” {credit.format(name)}."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("before", ["", *_BEFORE])
def test_a_bare_quote_run_on_into_a_credited_one(name: str, before: str) -> None:
    paragraphs = [f"{before} “We cannot wait. The winter is coming.” {_QUOTE},” {name} said."]
    assert speakers_in_order([p.strip() for p in paragraphs]) == [name, name]


def test_a_question_run_on_into_an_answer_keeps_its_own_speaker() -> None:
    paragraphs = [
        "Greta Lindqvist chaired the first session.",
        "“Will the pipes be replaced before the winter comes?” “No, not before next spring at"
        " the earliest,” Tomasz Wielgosz said.",
    ]
    assert speakers_in_order(paragraphs)[1] == "Tomasz Wielgosz"
    assert speakers_in_order(paragraphs)[0] != "Tomasz Wielgosz"


def test_a_quote_with_words_between_keeps_the_subject_before() -> None:
    paragraphs = [
        "Greta Lindqvist stood up. “We cannot wait for another winter like this one.” The room"
        " fell silent. “The pipes are old and they will burst again,” Tomasz Wielgosz said.",
    ]
    assert speakers_in_order(paragraphs) == ["Greta Lindqvist", "Tomasz Wielgosz"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hundreds marched to the town hall, where a banner read: “Save our pier and our jobs.”",
        "A sign on the gate — handwritten in red — read: “No entry without a permit from the"
        " harbour office.”",
    ],
)
def test_signs_keep_no_speaker(paragraph: str) -> None:
    assert speakers_in_order([paragraph]) == [None]


@pytest.mark.parametrize(
    "before",
    [
        "A handwritten sign hung on the gate.",
        "The Harbour Authority put up a notice on the door.",
        "The crowd outside was angry.",
        "Protesters outside chanted.",
        "Someone had sprayed graffiti on the wall.",
    ],
)
def test_words_of_no_one_run_on_into_a_credited_quote_keep_their_answer(before: str) -> None:
    paragraphs = [
        f"{before} “Closed until further notice by order of the council, no exceptions.”"
        " “We had no choice at all,” said Ana Ruiz, the manager."
    ]
    assert speakers_in_order(paragraphs)[0] in (None, "Harbour Authority")
