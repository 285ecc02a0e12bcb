"""A subject with a long aside on the document it spoke in ("The party, in a communiqué issued
at the end of its National Executive meeting in Kaduna on Monday, described …"): the subject,
not a body named inside the aside."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_long_document_aside_leaves_the_subject_speaking() -> None:
    paragraphs = [
        "The Progressive Unity Party (PUP) has demanded the speaker’s resignation.",
        "The party, in a communiqué issued at the end of its National Executive Council meeting "
        "in Kaduna on Monday, described the vote as “an insult to every member who stood by us.”",
    ]
    assert speakers_in_order(paragraphs) == ["Progressive Unity Party"]
    paragraphs = [
        "Senator Olusegun Bakare-Ifeanyi has rejected the charges against him.",
        "Bakare-Ifeanyi, in a statement released through his media office after the Senate "
        "Ethics Committee hearing on Thursday, said the charges were “a political vendetta "
        "dressed up as an inquiry.”",
    ]
    assert speakers_in_order(paragraphs) == ["Olusegun Bakare-Ifeanyi"]


def test_near_misses_keep_their_reading() -> None:
    paragraphs = [
        "The Progressive Unity Party (PUP) has demanded the speaker’s resignation.",
        "The party, in a communiqué issued on Monday, described the vote as “an insult to every "
        "member who stood by us.”",
        "The National Executive Council of the Harwell Traders Guild, in its own communiqué, "
        "called the vote “a sad day for every trader in the state.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Progressive Unity Party",
        "National Executive Council of the Harwell Traders Guild",
    ]
