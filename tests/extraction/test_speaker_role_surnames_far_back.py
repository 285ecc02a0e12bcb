"""A role taking a stance just before a quote ("The chief executive said they would. “…,” she
told him.") is the person last brought in with that role, however far back, and when they were
brought in by role and surname alone ("chief executive Okafor-Lindqvist said"), by the full name
the article gives them elsewhere (the headline)."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_HEADLINE = "Brannock Chief Yetunde Okafor-Lindqvist Cuts Outlook"
_FILLER = (
    "Revenue in the third quarter fell 4.1 per cent to 2.27 billion euros, while the cost of"
    " each parcel delivered rose 6 per cent, with fuel a little cheaper and wages and rents"
    " higher than a year before across every market the group serves."
)


def _paragraphs(intro: str, stance: str, pronoun: str) -> list[str]:
    return [
        intro,
        _FILLER,
        _FILLER,
        "Priyanka Raghunathan, an analyst at Holloway Searle, said the dividend looked"
        " generous. “The board told us the second half would be better,” she said.",
        _FILLER,
        _FILLER,
        "Another analyst, Mateus Albuquerque, pressed on the closures. He wanted to know"
        f" whether the savings would arrive. {stance} “Every euro of that number is in a plan"
        f" with a name next to it,” {pronoun} told him.",
    ]


def test_the_role_far_back_by_surname_is_the_headline_name() -> None:
    for intro in (
        "On a call with analysts, chief executive Okafor-Lindqvist said the group had been"
        " too slow.",
        "Chief executive Okafor-Lindqvist told analysts the group had been too slow.",
    ):
        paragraphs = _paragraphs(intro, "The chief executive said they would.", "she")
        assert speakers_in_order(paragraphs, _HEADLINE)[-1] == "Yetunde Okafor-Lindqvist"


def test_a_role_of_the_other_gender_is_not_given_the_pronoun() -> None:
    intro = "Finance director Tomasz Wierzbicki said the group had been too slow."
    paragraphs = _paragraphs(intro, "The finance director said they would.", "she")
    assert speakers_in_order(paragraphs, _HEADLINE)[-1] != "Tomasz Wierzbicki"


def test_a_role_named_in_full_far_back_is_still_found() -> None:
    intro = "Finance director Tomasz Wierzbicki said the group had been too slow."
    paragraphs = _paragraphs(intro, "The finance director said they would.", "he")
    assert speakers_in_order(paragraphs, _HEADLINE)[-1] == "Tomasz Wierzbicki"
