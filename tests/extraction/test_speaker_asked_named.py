"""A quote tagged "she said" right after a sentence putting a question to someone by name
("Reporters asked Ann Lee whether anyone was hurt.") is the answer of the one asked, not the
words of whoever spoke before of the same gender, nor of the asker. A pronoun the one asked
does not fit, another sentence between them, or a question put to someone unnamed keep the
answers they had."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "“We will review every single case that reaches this office,” Ingrid Solberg said.",
                "At a briefing on Tuesday, reporters asked Ngozi Adeyemi-Cole whether anyone had "
                "been hurt. “Not that we know of, but we are checking every case,” she said.",
            ],
            "Ngozi Adeyemi-Cole",
        ),
        (
            [
                "“The figures are a disgrace and the public deserve better,” Liam Doherty told "
                "the committee.",
                "Liam Doherty then asked Hiroshi Tanaka if the figures were right. “They are "
                "right, and we stand by every one of them,” he replied.",
            ],
            "Hiroshi Tanaka",
        ),
        (
            [
                "“Nobody here was consulted about any of it,” said Lucia Ferrante, a nurse.",
                "The presenter pressed Dr Mei Lin Zhou on the waiting lists. “They are too long, "
                "and I will not pretend otherwise to anyone,” she said.",
            ],
            "Mei Lin Zhou",
        ),
        (
            [
                "“We have waited long enough for an answer from the board,” Rafael Ortega said.",
                "Councillors questioned Jean-Luc de Villiers about the delay. “The contractor "
                "walked away and we had to start again from nothing,” he answered.",
            ],
            "Jean-Luc de Villiers",
        ),
    ],
)
def test_the_one_asked_answers(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # the pronoun does not fit the one asked: the asker goes on
            [
                "“We will review every single case that reaches this office,” Ingrid Solberg said.",
                "Ingrid Solberg asked Tomasz Wielgosz whether the money had been spent. “If it "
                "has, nobody has told the people who need it most,” she said.",
            ],
            "Ingrid Solberg",
        ),
        (  # another sentence since the question, with its own subject
            [
                "Priya Raman asked Hannah Keller whether the school would close. Priya Raman "
                "said the answer had been vague. “Nobody could tell me anything at all about "
                "the future,” she said.",
            ],
            "Priya Raman",
        ),
    ],
)
def test_the_answer_stays(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


def test_a_question_to_someone_unnamed_keeps_none() -> None:
    got = speakers_in_order(
        [
            "Reporters asked a nurse, who did not want to be named, whether the ward was safe. "
            "“It is safe because of the people working in it, not the building,” she said.",
        ]
    )
    assert got == [None]
