"""Bodies of wire reports: "it said" after the sentence a ministry or commission opens."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_it_is_the_body_opening_the_sentence_before_not_the_last_speaker() -> None:
    paragraphs = [
        "A rebel commander, Bogdan Lisowski, said the line would “hold for as long as the army"
        " holds it too.”",
        "The Ministry of Defence said heavy guns had been pulled back. “Any shell fired across"
        " the line will be answered in kind,” it said in a statement carried by the state news"
        " agency.",
    ]
    assert speakers_in_order(paragraphs) == ["Bogdan Lisowski", "Ministry of Defence"]


def test_it_after_a_commission_or_bank_named_with_a_place() -> None:
    paragraphs = [
        "“We are ready to talk at any hour of the day,” said Amadou Sall, the opposition leader.",
        "The Electoral Commission said counting was complete. “Every tally sheet was signed by"
        " agents of both parties,” it said on Tuesday.",
        "“Rates will stay where they are until prices calm down,” said Ikechukwu Obi, a trader.",
        "The Bank of Tessaly left its main rate unchanged. “Inflation remains too high for"
        " comfort,” it said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Amadou Sall",
        "Electoral Commission",
        "Ikechukwu Obi",
        "Bank of Tessaly",
    ]


def test_a_person_opening_the_sentence_before_keeps_the_pronoun() -> None:
    paragraphs = [
        "Acme Steel said profits fell in the third quarter.",
        "Analyst Joy Park said the drop was expected. “Demand for steel has been weak all"
        " year,” she said.",
        "The Harbour Authority said it would reopen the port on Monday.",
        "Dock worker Peter Wrona was less sure. “The cranes are still broken on two of the"
        " berths,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Joy Park", "Peter Wrona"]
