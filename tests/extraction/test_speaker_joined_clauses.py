"""A name opening a clause joined by ", and" or ", but" and followed by a speech verb is that
clause's subject, not an object of the clause before: a "she said" after it means that name,
not a team or person the first clause was about."""

from __future__ import annotations

import pytest

from bot.extraction.mentions import not_subject
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“He is getting a scan tomorrow, but it did not look great at all"

_CASES = [
    (
        "Keldby lost on Saturday, and their coach, Anneliese Drummond, was unhappy.",
        "Keldby will have little time to dwell on it. They host the Carrow Wolves on Tuesday,"
        " and Drummond said she expected Koskinen, who left the game hurt, to miss it.",
        "she",
        "Anneliese Drummond",
    ),
    (
        "Harwick were beaten 2-0, and their manager, Oriel Vantongeren, was furious.",
        "Harwick have a short week. The side travel to the Harbour Kings on Friday, but"
        " Vantongeren told reporters he would rest Okafor, who has played every minute.",
        "he",
        "Oriel Vantongeren",
    ),
    (
        "Tarby drew again, and their head coach, Siobhán Ekwall, looked tired.",
        "Tarby have no time to rest. They face the Marsh Rovers at home on Sunday, and Ekwall"
        " later said she feared Lindqvist, who twisted an ankle in training, would miss out.",
        "she",
        "Siobhán Ekwall",
    ),
    (
        "The Dockers slipped to fifth, and their captain, Mireille Achterberg, was blunt.",
        "The Dockers will regroup quickly. They meet the Fenby Hawks in the cup on Thursday,"
        " and Achterberg added that she hoped Pryce, who was sent off, would be cleared.",
        "she",
        "Mireille Achterberg",
    ),
]


@pytest.mark.parametrize(("intro", "lead", "pronoun", "name"), _CASES)
def test_a_joined_clause_subject_is_the_pronoun(
    intro: str, lead: str, pronoun: str, name: str
) -> None:
    paragraphs = [intro, f"{lead} {_QUOTE},” {pronoun} said."]
    assert speakers_in_order(paragraphs) == [name]


def test_a_name_listed_after_and_stays_an_object() -> None:
    paragraphs = [
        "Mayor Ruth Mendel opened the new bridge on Friday.",
        "She thanked the builders, the engineers, and Tom Okoro for their patience."
        f" {_QUOTE},” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Mendel"]


def test_a_name_after_and_with_no_speech_verb_is_unchanged() -> None:
    paragraphs = [
        "Coach Marta Ilves named her side on Friday.",
        f"She picked the Kowal twins, and Bea Lundqvist for a first start. {_QUOTE},” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Ilves"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("They host the Carrow Wolves on Tuesday, and Drummond said she was worried.", "Drummond"),
        (
            "The side travel to Fenby on Friday, but Vantongeren told reporters he was calm.",
            "Vantongeren",
        ),
        ("The vote was close, and Ana Ruiz later said it was fair.", "Ana Ruiz"),
        ("Prices rose again; and Kofi Mensah warned that they would keep rising.", "Kofi Mensah"),
    ],
)
def test_a_joined_clause_name_is_no_object(sentence: str, name: str) -> None:
    begin = sentence.index(name)
    assert not not_subject(sentence, name, begin, begin + len(name))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("She thanked the builders, the engineers, and Tom Okoro for their patience.", "Tom Okoro"),
        ("He picked the Kowal twins, and Bea Lundqvist for a first start.", "Bea Lundqvist"),
        ("She met the mayor and Ana Ruiz said nothing.", "Ana Ruiz"),
    ],
)
def test_a_name_after_and_without_a_new_clause_stays_an_object(sentence: str, name: str) -> None:
    begin = sentence.index(name)
    assert not_subject(sentence, name, begin, begin + len(name))
