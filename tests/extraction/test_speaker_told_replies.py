"""A quote answering one spoken to someone: "“…,” Moss told Novak. “…,” she said." is Novak's
reply, not the rest of Moss's words, and "“…,” Moss told him. “…,” he replied." is the one told,
even of Moss's gender, as the answer to a quoted question is the one asked."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [
        (
            "“You have until Friday to decide on all of this,” Mirela Dobre told Tariq Nasser.",
            "“Then I will need far more time than that,” he replied.",
            ["Mirela Dobre", "Tariq Nasser"],
        ),
        (
            "“Have you read the whole report from start to end?” Sven Aalto asked Leila Haddad.",
            "“Every single page of it, and twice over,” she said.",
            ["Sven Aalto", "Leila Haddad"],
        ),
        (
            "“The money is gone and nobody can tell me where,” Oren Katz told Beatriz Lomeli.",
            "“It went exactly where the board voted it should go,” she shot back.",
            ["Oren Katz", "Beatriz Lomeli"],
        ),
        (
            "“This is the last offer the club will make to you,” Pavel Novak told Emeka Obi.",
            "“Then I will take my chances somewhere else instead,” Obi replied.",
            ["Pavel Novak", "Emeka Obi"],
        ),
    ],
)
def test_reply_to_one_spoken_to_is_a_quote_of_its_own(
    first: str, second: str, speakers: list[str]
) -> None:
    assert speakers_in_order([f"{first} {second}"]) == speakers


@pytest.mark.parametrize(
    ("teller", "told", "reply"),
    [  # a teller no name list gives a gender: the one told by name answers
        ("Oluwaseun Bello", "Siobhan Keane", "she replied"),
        ("Tendai Moyo", "Jean-Luc Marchand", "he shot back"),
        ("Chidubem Eze", "Aisha Mahmoud", "she countered"),
    ],
)
def test_reply_to_one_told_by_name(teller: str, told: str, reply: str) -> None:
    paragraphs = [
        f"“You have until Friday to decide on all of this,” {teller} told {told}.",
        f"“Then I will need far more time than that,” {reply}.",
    ]
    assert speakers_in_order(paragraphs) == [teller, told]


@pytest.mark.parametrize(
    ("names", "verb", "reply"),
    [
        (("Kwame Asante", "Tomasz Wielgosz", "him"), "told", "he replied"),
        (("Ingrid Solberg", "Ngozi Adeyemi", "her"), "warned", "she countered"),
        (("Hiroshi Tanaka", "Arjun Mehta", "him"), "told", "he answered"),
    ],
)
def test_reply_to_one_told_of_the_same_gender(
    names: tuple[str, str, str], verb: str, reply: str
) -> None:
    speaker, told, pronoun = names
    paragraphs = [
        f"{speaker} met {told} at the depot on Monday morning.",
        f"“You have until Friday to decide on all of this,” {speaker} {verb} {pronoun}.",
        f"“Then I will need far more time than that,” {reply}.",
    ]
    assert speakers_in_order(paragraphs) == [speaker, told]


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [  # near misses: one voice split by its own tag, or speaking to no one named
        (
            "“We will appeal against this ruling,” Mirela Dobre said.",
            "“And we expect to win that appeal,” she added.",
            ["Mirela Dobre"],  # one utterance, joined
        ),
        (
            "“We will appeal against this ruling,” Mirela Dobre told reporters.",
            "“And we expect to win that appeal,” she said.",
            ["Mirela Dobre"],
        ),
        (
            "“We will appeal against this ruling,” Mirela Dobre told Tariq Nasser,",
            "“and we expect to win that appeal.”",
            ["Mirela Dobre"],
        ),
    ],
)
def test_one_voice_keeps_its_quotes(first: str, second: str, speakers: list[str]) -> None:
    assert speakers_in_order([f"{first} {second}"]) == speakers


def test_reply_after_a_statement_to_no_one_stays_with_the_speaker() -> None:
    paragraphs = [
        "Tomasz Wielgosz and Kwame Asante both sit on the committee.",
        "“We will not back down on any of this,” Asante said.",
        "Reporters pressed him on the cost.",
        "“That is not the point at all, and you know it,” he replied.",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Asante", "Kwame Asante"]
