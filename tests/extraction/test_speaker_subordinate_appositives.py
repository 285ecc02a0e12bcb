"""A speaker set off by an appositive inside a clause ("after X, the premier, urged …")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "“The border will stay open as long as we can keep it open,” said Lena Ortiz, a UN official."
)


def test_the_subject_of_a_clause_opened_by_after_or_until_speaks() -> None:
    for sentence, speaker in (
        (
            "Talks resumed after Zhou Minghao, the Tarsian premier, urged both sides to “stop"
            " talking past each other and start counting tonnes.”",
            "Zhou Minghao",
        ),
        (
            "Rashid al-Mazrui arrived on Sunday after Bambang Wiratmoko, the president, urged"
            " him to “bring back a ceasefire or a reason why there is none.”",
            "Bambang Wiratmoko",
        ),
        (
            "Talks resumed after midnight, and Zhou Minghao, the Tarsian premier, said the gap"
            " was “smaller than anyone outside the room believes.”",
            "Zhou Minghao",
        ),
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", speaker], sentence


def test_a_name_inside_a_who_clause_does_not_take_the_words() -> None:
    sentence = (
        "Ana Ruiz, who spoke after Zhou Minghao, the Tarsian premier, said the gap was “smaller"
        " than anyone outside the room believes.”"
    )
    assert speakers_in_order([_OPENING, sentence]) == ["Lena Ortiz", "Ana Ruiz"]
