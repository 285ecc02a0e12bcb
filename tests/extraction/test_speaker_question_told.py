""""X’s final question was whether she would …. “…,” she said." is the answer of the one who
answered X's questions before, not of the last woman named (a listener whose message was read
out); with no earlier question of X's quoted, the pronoun is read as before."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_INTERVIEW = [
    "In a long interview on Monday, Adaeze Obi was pressed by the presenter, Tomasz Wrona.",
    "“Why should anyone believe a single word your company says now?” Wrona asked.",
    "“Because we told them the truth, even when it hurt us,” she replied.",
    "One listener, who gave her name only as Niamh, wrote: “I have been late for work eleven"
    " times this year.”",
]


def test_the_one_who_answered_the_asker_before_answers_the_last_question() -> None:
    for told in (
        "Wrona’s final question was whether she would take the train home.",
        "Wrona’s last question was whether she still believed in the plan.",
        "Wrona’s closing question was why she had stayed in the job.",
    ):
        paragraphs = [*_INTERVIEW, f"{told} “Every single day, and tonight as well,” she said."]
        assert speakers_in_order(paragraphs)[-1] == "Adaeze Obi", told


def test_with_no_question_of_the_asker_quoted_the_pronoun_is_read_as_before() -> None:
    paragraphs = [
        "Adaeze Obi was interviewed by the presenter, Tomasz Wrona, on Monday.",
        "One listener, who gave her name only as Niamh, wrote: “I have been late for work eleven"
        " times this year.”",
        "Wrona’s final question was whether she would take the train home. “Every single day,"
        " and tonight as well,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Niamh"
