"""A name given with its bearer's pronoun ("who gave only his first name, Dung", "who gave her
name as Sam") has that gender, whatever a first-name list says, so a later "she said" is not
given to a man the list took for a woman."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_HIS = "“The doctors were running around with paper files like in the old days,” he said."
_HERS = "“Not that we know of, and we are checking every case,” she said."


def test_his_first_name_makes_a_man_of_a_name_listed_for_women() -> None:
    for name in ("Dung", "Kim", "Jean"):
        paragraphs = [
            "“This is the worst day we have had,” said Dr Folasade Adeyemi-Clarke.",
            f"Another patient, who gave only his first name, {name}, waited six hours. {_HIS}",
            f"Reporters asked Adeyemi-Clarke whether anyone had come to harm. {_HERS}",
        ]
        expected = ["Folasade Adeyemi-Clarke", name, "Folasade Adeyemi-Clarke"]
        assert speakers_in_order(paragraphs) == expected, name


def test_her_name_makes_a_woman_of_a_name_listed_for_men() -> None:
    paragraphs = [
        "“This is the worst day we have had,” said Dr Tomasz Wróbel.",
        "A nurse, who gave her name as Sam, said the wards were full. "
        "“We wrote everything on the backs of envelopes, honestly,” she said.",
        "Reporters asked Wróbel whether anyone had come to harm. "
        "“Not that we know of, and we are checking every case,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Wróbel", "Sam", "Tomasz Wróbel"]


def test_without_the_pronoun_the_list_still_decides() -> None:
    paragraphs = [
        "“This is the worst day we have had,” said Dr Folasade Adeyemi-Clarke.",
        "Another patient, Maria, who gave no surname, waited six hours. "
        "“The doctors were running around with paper files,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Folasade Adeyemi-Clarke", "Maria"]
