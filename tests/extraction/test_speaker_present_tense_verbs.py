"""Verbs of saying in the present tense that features and reviews use are read like their past
forms: "shouts", "yells", "exclaims", "observes", "cautions", "concludes", "testifies",
"wonders"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize("verb", ["shouts", "yells", "exclaims", "observes", "concludes"])
def test_a_present_tense_verb_after_the_quote(verb: str) -> None:
    paragraphs = [
        "Ines Carvalho runs the night shift at the bakery.",
        f"“Nobody in this town has ever gone hungry on my watch,” Carvalho {verb}.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Carvalho"]


@pytest.mark.parametrize("verb", ["shouts", "yells"])
def test_a_present_tense_verb_in_a_relative_clause(verb: str) -> None:
    paragraph = (
        f"In the final episode, Nadia confronts her brother Karim, who {verb} that “nobody in"
        " this house ever listened to a word I said.”"
    )
    assert speakers_in_order([paragraph]) == ["Karim"]


def test_a_quote_split_by_a_present_tense_verb_is_one_speakers() -> None:
    paragraphs = [
        "Dr. Sione Tuilagi has studied the reef for twenty years.",
        "“At this rate,” he concludes, “the coral will be gone before my children are grown.”",
    ]
    assert speakers_in_order(paragraphs) == ["Sione Tuilagi"]
