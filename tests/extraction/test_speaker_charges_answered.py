"""A pronoun answering a charge set beside the clause (", a charge she dismissed as “…”") is the
speaker, not the sentence's subject who made the charge; and a charge made in the passive ("was
accused of “…”") is the one the next sentence says it came from ("The charge came from X")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FIRST = "Ana Vell spoke first and attacked the bus cuts."


def test_the_pronoun_answering_a_charge_speaks() -> None:
    for lead in (
        "The mayor replied that his rival had voted for the budget, a charge she dismissed as",
        "Tom Ruiz said his rival had backed the cuts, a claim she rejected as",
        "Tom Ruiz said his rival had backed the cuts, an accusation that she derided as",
    ):
        paragraphs = [_FIRST, f"{lead} “a creative reading of the committee minutes.”"]
        assert speakers_in_order(paragraphs) == ["Ana Vell"], lead


def test_a_charge_the_subject_describes_stays_the_subject_s() -> None:
    paragraphs = [
        _FIRST,
        "Tom Ruiz said his rival had backed the cuts, a vote he said was “a creative reading"
        " of the committee minutes.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Ruiz"]


def test_a_passive_charge_is_the_one_the_next_sentence_names() -> None:
    for text, accuser in (
        (
            "The housing minister was accused of “hiding behind a spreadsheet while families"
            " sleep in cars” during question time.\n\nThe charge came from the opposition’s"
            " spokeswoman, Fionnuala Gallagher-Moyo, who read out a letter.",
            "Fionnuala Gallagher-Moyo",
        ),
        (
            "The coach was criticised for “treating the cup like a training match” on Saturday."
            " The criticism came from Pavel Dobrev, a former captain.",
            "Pavel Dobrev",
        ),
    ):
        assert speakers_in_order(text.split("\n\n")) == [accuser], accuser


def test_a_passive_charge_with_no_accuser_named_stays_unnamed() -> None:
    paragraphs = [
        "The coach was praised for “treating the cup like a proper final” on Saturday. Lena"
        " Dorn was defiant.",
    ]
    assert speakers_in_order(paragraphs) == [None]
