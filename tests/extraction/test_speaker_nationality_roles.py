"""A role with a nationality ("the Argentine striker said", "the Kenyan runner added") means
the person introduced with that nationality, in that post or in none; never someone introduced
with another nationality or, with that one, in another post, and never a role holder of no
nationality when the paragraph before is about someone else."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BRANDT = (
    "Harwell striker Tomas Brandt opened the scoring after ten minutes. "
    "“It was a gift and I took it,” Brandt said."
)
_GOAL = "“I have waited a long time for a goal like that one,” the {} said."


@pytest.mark.parametrize(
    "introduced",
    [
        "Rovers levelled through Diego Ferraro, the Argentine forward who joined in January.",
        "Rovers levelled through Argentine forward Diego Ferraro, who joined in January.",
        "Rovers levelled through Diego Ferraro, 24, an Argentine who joined in January.",
        "Rovers levelled through the Argentine Diego Ferraro, who joined in January.",
    ],
)
def test_the_one_of_that_nationality_not_the_other_striker(introduced: str) -> None:
    paragraphs = [_BRANDT, introduced, _GOAL.format("Argentine striker")]
    assert speakers_in_order(paragraphs) == ["Tomas Brandt", "Diego Ferraro"]


def test_the_striker_with_no_nationality_is_still_the_striker() -> None:
    paragraphs = [_BRANDT, "Rovers levelled through Diego Ferraro.", _GOAL.format("striker")]
    assert speakers_in_order(paragraphs) == ["Tomas Brandt", "Tomas Brandt"]


def test_the_subject_just_before_rather_than_a_striker_of_no_nationality() -> None:
    paragraphs = [
        "United led through striker Kofi Mensah-Darko, who scored from a low cross.",
        "Álvaro Núñez, who joined from a Spanish side in August, said he had told his"
        " teammates he would score.",
        "“I said it as a joke to the lads in the dressing room,” the Argentine striker said.",
    ]
    assert speakers_in_order(paragraphs) == ["Álvaro Núñez"]


def test_one_of_that_nationality_in_another_post_is_nobody() -> None:
    paragraphs = [
        "Anne Marchal, the French foreign minister, arrived in Lisbon on Monday. “We came to"
        " listen and to help,” Marchal said.",
        "“Europe has to stand together on this and stand firm,” the French president said.",
    ]
    assert speakers_in_order(paragraphs) == ["Anne Marchal", None]


def test_the_president_named_with_that_nationality() -> None:
    paragraphs = [
        "French President Luc Armand met the German chancellor, Heike Vogt, in Berlin. “We"
        " agreed on the main points of the plan,” Vogt said.",
        "“Europe has to stand together on this and stand firm,” the French president said.",
    ]
    assert speakers_in_order(paragraphs) == ["Heike Vogt", "Luc Armand"]


@pytest.mark.parametrize(
    ("winner", "expected"),
    [
        ("Kenyan runner Grace Wanjiru won the race.", "Grace Wanjiru"),
        ("Grace Wanjiru, a Kenyan, won the race.", "Grace Wanjiru"),
        ("Grace Wanjiru won the race.", None),
    ],
)
def test_the_runner_of_another_nationality_quoted_last_is_not_her(
    winner: str, expected: str | None
) -> None:
    paragraphs = [
        f"{winner} Second was the German runner Lena Baumann. “My legs were gone after thirty"
        " kilometres,” Baumann said.",
        "“I knew I could hold on if I stayed calm in the last mile,” the Kenyan runner added.",
    ]
    assert speakers_in_order(paragraphs) == ["Lena Baumann", expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kenyan Grace Wanjiru won the race.", "Grace Wanjiru"),
        ("Argentine Diego Ferraro scored twice.", "Diego Ferraro"),
        ("Kenyan runner Grace Wanjiru won the race.", "Grace Wanjiru"),
        ("Grace Wanjiru won the race for Kenya.", "Grace Wanjiru"),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(sentence: str, expected: str) -> None:
    quote = "“I knew I could hold on if I stayed calm in the last mile,” said Wanjiru."
    if "Ferraro" in sentence:
        quote = quote.replace("Wanjiru", "Ferraro")
    assert speakers_in_order([f"{sentence} {quote}"]) == [expected]
