"""A pronoun owning the words just before a quote ("in her words,", "by his own account,", "as
she later put it,", "what he called") means the person it follows, never a place or the end of
an institution's name written before ("the Keta Institute of Earth Sciences")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tomas Ferreira joined the Harbour Authority in 1990.",
                "By his account, “the office had more cats than computers in those days.”",
            ],
            "Tomas Ferreira",
        ),
        (
            [
                "Nadia Petrov moved to Siberia in 1985.",
                "In her words, “the cold was a teacher, and a strict one at that.”",
            ],
            "Nadia Petrov",
        ),
        (
            [
                "Nadia Petrov moved to Siberia in 1985 and, as she put it, "
                "“learned a second language and a third cuisine.”"
            ],
            "Nadia Petrov",
        ),
        (
            [
                "Ravi Chandran was born in Chennai.",
                "He came to Northern Ireland in 1970 and, as he once put it, "
                "“was the only man in Derry who could cook rice.”",
            ],
            "Ravi Chandran",
        ),
        (
            [
                "Ravi Chandran joined Keswick Rovers in 2001.",
                "The club was, in his words, “held together with tape and goodwill at the time.”",
            ],
            "Ravi Chandran",
        ),
        (
            [
                "Mira Solberg hired Kwame Addo as her deputy in 2015.",
                "She was, in his words, “the one who said yes so that he could say no.”",
            ],
            "Kwame Addo",
        ),
        (
            [
                "Mira Solberg hired Kwame Addo as her deputy in 2015.",
                "She was, in her own words, “the one who said yes so that he could say no.”",
            ],
            "Mira Solberg",
        ),
    ],
)
def test_the_owner_of_the_words_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


_STUDENT = [
    "Ines Calloway taught for years.",
    "Her student Piet Maas now runs a lab at the Rosslyn Institute of Marine Biology.",
    "“She once made me redo a whole chapter in a single weekend,” Maas said.",
]


@pytest.mark.parametrize(
    "last",
    [
        "She disliked long emails and what she called “science done by press release.”",
        "She hated what she often called “the paperwork olympics of modern research.”",
        "She was not, colleagues agree, easy to work for. “Bring me data or bring me cake,” "
        "she said.",
    ],
)
def test_the_end_of_an_institutes_name_is_no_one(last: str) -> None:
    assert speakers_in_order([*_STUDENT, last]) == ["Piet Maas", "Ines Calloway"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Owen Pryce met the mayor, Dana Cole, in 2019.",
                "The plan was, as Dana Cole put it, “a bridge to nowhere with a very nice view.”",
            ],
            "Dana Cole",
        ),
        (
            [
                "Owen Pryce met the mayor, Dana Cole, in 2019.",
                "In the words of Dana Cole, “nobody ever built a bridge by committee.”",
            ],
            "Dana Cole",
        ),
        (
            [
                "Owen Pryce met the mayor, Dana Cole, in 2019.",
                "By the council's account, “the bridge will pay for itself within fifteen years.”",
            ],
            None,
        ),
        (
            [
                "Sigrid Vale met Queen Mary of Denmark in 2018.",
                "“It was the most nerve-racking afternoon of my working life,” she said.",
            ],
            "Sigrid Vale",
        ),
    ],
)
def test_others_keep_their_reading(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
