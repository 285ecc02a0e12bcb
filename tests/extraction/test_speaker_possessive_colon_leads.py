"""A paragraph ending with a possessive lead into the quote below ("Her reply:", "His answer
was short:") is read like "She said:": the pronoun's person, not the person of a known
gender named last in the paragraph."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will not borrow to pay for day-to-day spending, not this year and not next.”"
_LEAD = "Finance minister {minister} set out the plan, answering a question from {other}."


@pytest.mark.parametrize(
    ("minister", "other", "lead", "speaker"),
    [
        ("Zanele Khumalo", "opposition leader Peter Botha", "Her reply:", "Zanele Khumalo"),
        (
            "Maria Khumalo",
            "opposition leader Peter Botha",
            "Her answer was short:",
            "Maria Khumalo",
        ),
        ("Maria Khumalo", "opposition leader Peter Botha", "His reply:", "Peter Botha"),
        ("Tomasz Nowak", "opposition leader Anna Berg", "His answer was blunt:", "Tomasz Nowak"),
    ],
)
def test_a_possessive_lead_is_the_pronouns_person(
    minister: str, other: str, lead: str, speaker: str
) -> None:
    paragraphs = [_LEAD.format(minister=minister, other=other) + " " + lead, _QUOTE]
    assert speakers_in_order(paragraphs) == [speaker]
