"""Someone described with their employer between commas who "asked why" or "pressed on"
something ("Priyanka Raghunathan, an analyst at Holloway Searle, asked why …") asked no one: the
firm named in the aside is no one asked, so the "she said" after the quote is the asker's."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_CEO = (
    "Chief executive Yetunde Okafor said the company had been too slow. “We planned for a"
    " recovery that has not come,” she said."
)


def test_the_asker_described_by_a_firm_speaks_after_asking_why() -> None:
    for asker, firm, verb, pronoun in (
        ("Priyanka Raghunathan", "Holloway Searle", "asked why", "she"),
        ("Ines Carvalho", "Bramley Doyle", "asked whether", "she"),
        ("Tomasz Nowicki", "Pemberton Vale", "pressed on why", "he"),
        ("Marguerite Achebe", "Strand Fenwick", "questioned why", "she"),
    ):
        paragraphs = [
            _CEO,
            f"{asker}, an analyst at {firm}, {verb} the dividend had been raised in March."
            f" “With respect, the board told us the second half would be better,” {pronoun}"
            " said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == asker, asker


def test_someone_asked_by_name_after_the_verb_still_answers() -> None:
    paragraphs = [
        _CEO,
        "Priyanka Raghunathan, an analyst at Holloway Searle, asked Tomasz Wierzbicki why the"
        " dividend had been raised. “Two of our top customers cut their forecasts,” he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Tomasz Wierzbicki"


def test_a_woman_met_by_a_man_still_takes_the_she() -> None:
    paragraphs = [
        _CEO,
        "Tomasz Wierzbicki met Priyanka Raghunathan after the call. “The board told us the"
        " second half would be better,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Priyanka Raghunathan"
