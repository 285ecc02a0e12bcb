"""One person brought in by a paragraph of their own after someone spoke, even as an object
("That view is not shared by Tom Ode.", "That is cold comfort for Ann Lee, who …"): the "he
said" or "she said" on the quote opening the next paragraph is theirs, not the last speaker's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = "“We will not back down on any part of this plan,” {} said."
_QUOTE = "“I have never seen the town so angry about anything,” {} said."


@pytest.mark.parametrize(
    ("first", "newcomer_paragraph", "pronoun", "newcomer"),
    [
        (
            "Kwame Asante",
            "The mood was different at Tomasz Wielgosz's cafe on the square.",
            "he",
            "Tomasz Wielgosz",
        ),
        (
            "Ingrid Solberg",
            "That is cold comfort for Ngozi Adeyemi, who lost her job in May.",
            "she",
            "Ngozi Adeyemi",
        ),
        (
            "Hiroshi Tanaka",
            "The picket line is a long way from the office of Arjun Mehta.",
            "he",
            "Arjun Mehta",
        ),
        (
            "Lucia Ferrante",
            "Few have felt the cuts as sharply as Priya Raman.",
            "she",
            "Priya Raman",
        ),
    ],
)
def test_newcomer_paragraph_gives_the_pronoun(
    first: str, newcomer_paragraph: str, pronoun: str, newcomer: str
) -> None:
    paragraphs = [_FIRST.format(first), newcomer_paragraph, _QUOTE.format(pronoun)]
    assert speakers_in_order(paragraphs) == [first, newcomer]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [  # near misses: the speaker named again, two people named, no one new
        ("Kwame Asante has clashed with Tomasz Wielgosz over the budget.", "Kwame Asante"),
        ("Asante and Tomasz Wielgosz have clashed over the budget for years.", "Kwame Asante"),
        ("The council meets again on Thursday to vote on the plan.", "Kwame Asante"),
    ],
)
def test_newcomer_near_misses(between: str, speaker: str) -> None:
    paragraphs = [_FIRST.format("Kwame Asante"), between, _QUOTE.format("he")]
    assert speakers_in_order(paragraphs) == ["Kwame Asante", speaker]


@pytest.mark.parametrize(
    ("newcomer_paragraph", "newcomer"),
    [
        ("That view is not shared by Tomasz Wielgosz.", "Tomasz Wielgosz"),
        ("Not everyone agrees. The loudest critic is Liam Doherty.", "Liam Doherty"),
        ("Few have felt the cuts as sharply as Arjun Mehta.", "Arjun Mehta"),
    ],
)
def test_newcomer_paragraph_before_a_bare_quote(newcomer_paragraph: str, newcomer: str) -> None:
    paragraphs = [
        _FIRST.format("Kwame Asante"),
        newcomer_paragraph,
        "“I have never seen the town so angry about anything.”",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Asante", newcomer]


def test_bare_quote_after_a_paragraph_about_the_speaker_goes_on() -> None:
    paragraphs = [
        _FIRST.format("Kwame Asante"),
        "Asante has led the council since 2019 and faces an election in May.",
        "“I have never seen the town so angry about anything.”",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Asante", "Kwame Asante"]
