"""A clause of time or cause between a quote and its credit ("“…” once the rumours spread, said
X.") does not hide the credit after it, whichever way it is written; a name inside the clause
is not the speaker, and a clause with no credit after it names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_PEOPLE = [
    ("Lena Fisk", "Fisk", "she"),
    ("Adebayo Okonjo", "Okonjo", "he"),
    ("Siobhán Ní Bhriain", "Ní Bhriain", "she"),
    ("Nguyen Van Long", "Long", "he"),
]


@pytest.mark.parametrize(("full", "short", "pronoun"), _PEOPLE)
@pytest.mark.parametrize(
    "clause",
    [
        "once the rumours spread",
        "when the news broke on Tuesday",
        "after the club confirmed the talks",
        "as soon as the first report went online",
        "because nobody knew what was true",
    ],
)
@pytest.mark.parametrize(
    "credit", ["said ticketing manager {full}", "{short} said", "{pronoun} said"]
)
def test_a_clause_between_the_quote_and_its_credit(
    full: str, short: str, pronoun: str, clause: str, credit: str
) -> None:
    tag = credit.format(full=full, short=short, pronoun=pronoun)
    paragraphs = [
        f"{full} runs the box office at the stadium.",
        f"The phones were “ringing off the hook by nine in the morning” {clause}, {tag}.",
    ]
    assert speakers_in_order(paragraphs) == [full]


@pytest.mark.parametrize(("full", "_short", "_pronoun"), _PEOPLE)
def test_a_name_inside_the_clause_is_not_the_speaker(full: str, _short: str, _pronoun: str) -> None:
    paragraphs = [
        "The phones were “ringing off the hook by nine in the morning” after Tom Okafor spoke,"
        f" said ticketing manager {full}."
    ]
    assert speakers_in_order(paragraphs) == [full]


def test_a_clause_with_no_credit_after_it_names_no_one() -> None:
    paragraphs = [
        "The stadium opened its doors early on Tuesday.",
        "The phones were “ringing off the hook by nine in the morning” once the rumours spread,"
        " and the queue reached the car park.",
    ]
    assert speakers_in_order(paragraphs) == [None]
