"""A role tag ("“…,” the actor wrote.") after a sentence whose actor is written as an object
means that actor: the one named after someone's role ("Ann Lee’s former co-star Eva Ode came to
her defence"), or after a passive "by" ("The fair was founded by Eva Ode"), not the owner of
the role nor whoever spoke before. An owner with no one named after it, a pair after "by", a
role the doer's gender does not fit and an unnamed source keep their answers."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We have waited far too long for a straight answer on this,” Ingrid Solberg said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "But Kwame Asante's former co-star Priya Raman came to his defence in a comment "
            "under the post. “There are two sides to every story in this town,” the actor wrote.",
            "Priya Raman",
        ),
        (
            "Tomasz Wielgosz's old bandmate Hannah Keller leapt to his defence on Instagram. "
            "“He is one of the kindest men I have ever toured with,” the singer posted.",
            "Hannah Keller",
        ),
        (
            "Arjun Mehta’s teammate, Jean-Luc de Villiers, defended him on X. “Nobody in that "
            "dressing room works harder than he does,” the midfielder tweeted.",
            "Jean-Luc de Villiers",
        ),
        (
            "Osei's on-screen wife, played by Mei Lin Zhou, paid tribute on social media. Posting "
            "a photo of the pair, the actress wrote: “Twelve years of rows and weddings, and I "
            "will miss every day of it.”",
            "Mei Lin Zhou",
        ),
        (
            "The market was founded in 2009 by Rafael Ortega-Vidal, a retired baker who still "
            "runs it. “The rain took half the stalls away on Saturday morning,” the organiser "
            "admits.",
            "Rafael Ortega-Vidal",
        ),
        (
            "The choir is led by Dmitri Volkov, who joined it as a boy. “We sing in any weather, "
            "and we have never once cancelled,” the conductor says.",
            "Dmitri Volkov",
        ),
    ],
)
def test_the_doer_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence])[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (  # the owner of a thing, not of a person's role: the owner is the singer
            "Kwame Asante's new album, produced by Priya Raman, went straight to number one. "
            "“I never expected this many people to listen to it,” the singer said.",
            "Kwame Asante",
        ),
        (  # the earlier speaker goes on: no one acts as a doer in between
            "Ingrid Solberg, a former actor, thanked the crew. “There are two sides to every "
            "story in this town,” the actor wrote.",
            "Ingrid Solberg",
        ),
    ],
)
def test_the_owner_or_speaker_keeps_it(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence])[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The market was founded in 2009 by Rafael Ortega-Vidal and Dmitri Volkov. “The rain took "
        "half the stalls away on Saturday morning,” the organiser admits.",
        "The market was founded in 2009 by Rafael Ortega-Vidal. “The rain took half the stalls "
        "away on Saturday morning,” the chairwoman admits.",
    ],
)
def test_no_single_doer_fits(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, sentence])[-1] != "Rafael Ortega-Vidal"


def test_an_unnamed_source_keeps_none() -> None:
    got = speakers_in_order(
        [
            _BEFORE,
            "Kwame Asante's former co-star Priya Raman stayed silent. A producer, who asked not "
            "to be named, was less kind. “He was late every single day of the shoot,” the "
            "producer said.",
        ]
    )
    assert got[-1] is None
