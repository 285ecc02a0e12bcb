"""“…,” it read." after a sentence opening with a paper a body's kind owns ("The league’s
official statement was more restrained.") is that body's, the one the article named, not the
last person quoted."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_PUNDIT = "Former keeper Vikram Sethuraman called it “one of the cleanest displays I have seen.”"


def test_a_paper_owned_by_a_bodys_kind_is_the_bodys() -> None:
    for named, opening, body in (
        (
            "The Western Premier League confirmed the final would be in Pune.",
            "The league’s official statement after the match was more restrained.",
            "Western Premier League",
        ),
        (
            "The Harbour Rugby Union said the game would go ahead.",
            "The union’s statement was brief.",
            "Harbour Rugby Union",
        ),
        (
            "The Tarnby Sailing Federation cancelled the regatta.",
            "The federation’s notice went further.",
            "Tarnby Sailing Federation",
        ),
    ):
        paragraphs = [
            f"{named} {_PUNDIT}",
            f"{opening} “We thank every volunteer who gave up a weekend to help us,” it read.",
        ]
        assert speakers_in_order(paragraphs)[1] == body, body


def test_a_persons_role_owning_the_paper_keeps_the_person() -> None:
    paragraphs = [
        "Health minister Ana Ruiz visited the ward. “I have seen the strain on the nurses every"
        " day,” she said.",
        "The minister’s statement later was shorter. “We will fund forty more beds before the"
        " winter begins,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_sign_the_sentence_before_brings_in_keeps_no_speaker() -> None:
    paragraphs = [
        f"The Western Premier League confirmed the final would be in Pune. {_PUNDIT}",
        "Fans held up a banner behind the goal. “Bring the trophy home to Pune this year,”"
        " it read.",
    ]
    assert speakers_in_order(paragraphs)[1] is None
