"""A company named with "AI" after its name ("Mirelle AI", "Tovar AI") is a body, not a person
with an acronym after a first name: "the company said" and its bare name mean it. A person's
credential in capitals after a surname is still dropped."""

from __future__ import annotations

import pytest

from bot.extraction.runs import is_org, split_run
from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize("name", ["Mirelle AI", "Tovar AI", "Meta AI", "Blue Heron AI"])
def test_a_name_ending_in_ai_is_a_body(name: str) -> None:
    assert is_org(split_run(name)[0])


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        ("The guild sued Mirelle AI on Tuesday.", "the company said", "Mirelle AI"),
        ("Regulators wrote to Tovar AI in May.", "Tovar said in a statement", "Tovar AI"),
        ("Authors have sued Blue Heron AI twice.", "the firm said", "Blue Heron AI"),
    ],
)
def test_the_company_is_the_ai_firm(opening: str, tail: str, speaker: str) -> None:
    paragraphs = [opening, f"“Our model learns general ideas, not individual works,” {tail}."]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_credential_after_a_surname_is_still_dropped() -> None:
    paragraphs = ["“The clinic will stay open all winter,” said Nora Dunn MS."]
    assert speakers_in_order(paragraphs) == ["Nora Dunn"]
