"""A body whose name joins a common word's adjective or plural to the next word by "and" ("the
Coastal and Rivers Agency said") speaks under its whole name, not as "Rivers Agency"; two bodies
joined by "and" stay two."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The discharge must stop within two days of this notice,”"


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ("Coastal and Rivers Agency", "said"),
        ("Regional and Ports Authority", "warned"),
        ("Rural and Farms Commission", "said in a statement"),
        ("Postal and Roads Board", "said"),
    ],
)
def test_an_adjective_or_plural_before_and_keeps_the_name_whole(body: str, verb: str) -> None:
    paragraphs = [f"In a notice served on Monday, the {body} {verb}: {_QUOTE[:-2]}.”"]
    assert speakers_in_order(paragraphs) == [body]


def test_the_body_after_a_quote_is_whole_too() -> None:
    paragraphs = [f"{_QUOTE} the Coastal and Rivers Agency said in its notice."]
    assert speakers_in_order(paragraphs) == ["Coastal and Rivers Agency"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (  # a person's surname before "and": two, the body speaks alone
            f"Marcus Rivers and the Coastal Agency met on Monday. {_QUOTE} the agency said.",
            "Coastal Agency",
        ),
        (  # two firms joined by "and" stay two
            f"{_QUOTE} said Harlow Telecom and National Grid Authority in a joint statement.",
            "Harlow Telecom",
        ),
    ],
)
def test_two_bodies_or_a_person_and_a_body_stay_apart(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]
