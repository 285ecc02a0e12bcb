"""In a scene told as dialogue, a bare quote in its own paragraph right after someone's question
answers it: it is the words of the one who spoke before the question, not of the one who asked;
a question the speaker asks and answers alone stays theirs."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "Dariusz Kowal sits at a corner table in the café opposite the ground."


def test_the_reply_to_a_question_is_the_other_persons() -> None:
    paragraphs = [
        _OPENING,
        "“Not yet, we are still waiting for my daughter,” Kowal tells the waiter, Sam Ode.",
        "“Shall I come back in five minutes then?” Ode asks.",
        "“Ten minutes would be better, she is always late.”",
    ]
    assert speakers_in_order(paragraphs) == ["Dariusz Kowal", "Sam Ode", "Dariusz Kowal"]


def test_a_reply_between_two_named_women() -> None:
    paragraphs = [
        "Ilse Marrow is tasting a sauce when her sous-chef, Priya Sandhu, comes in.",
        "“The fish man says Tuesday, not Monday, and he is not sorry,” Sandhu says.",
        "“Did you tell him what I think of Tuesday?” Marrow asks.",
        "“I told him, and he laughed at me for a whole minute.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Priya Sandhu"


def test_a_question_asked_and_answered_by_one_speaker() -> None:
    paragraphs = [
        _OPENING,
        "“We are third, and nobody expected it of us,” Kowal says.",
        "“Who else would take a goalkeeper who never played?” Kowal asks.",
        "“Nobody, that is the honest answer to that question.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Dariusz Kowal"


def test_a_quote_going_on_in_the_questions_paragraph_is_the_askers() -> None:
    paragraphs = [
        _OPENING,
        "“Not yet, we are still waiting for my daughter,” Kowal tells the waiter, Sam Ode.",
        "“Shall I come back in five minutes then?” Ode asks. “Or would you like the menu now?”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Sam Ode"
