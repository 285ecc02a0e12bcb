"""A "she" or "he" after a sentence whose subject is a surname behind a gendered title ("Mrs
Doyle said …") means the one of that gender sharing the surname (Margaret, not her husband
Frank Doyle named after her), not the last other woman named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I have had three letters saying sorry and not one with a date on it,”"


def _couple(woman: str, man: str, surname: str) -> list[str]:
    return [
        f"{woman} {surname}, 71, a retired postwoman, has waited 19 months for a new knee.",
        f"Her husband, {man} {surname}, said the couple had been quoted £14,000 to go private.",
        "“Nobody can staff a theatre that has no nurses,” said Priya Raman, a union organiser.",
    ]


@pytest.mark.parametrize(
    ("woman", "man", "surname", "title", "tail", "speaker"),
    [
        ("Margaret", "Frank", "Doyle", "Mrs", " she said.", "Margaret Doyle"),
        ("Aisha", "Tariq", "Rahman", "Mrs", " she added.", "Aisha Rahman"),
        ("Ingrid", "Lars", "Holm", "Ms", " she told the paper.", "Ingrid Holm"),
        ("Chiamaka", "Emeka", "Obi", "Mr", " he said.", "Emeka Obi"),
        ("Lucia", "Marco", "Bianchi", "Mr", " he says.", "Marco Bianchi"),
    ],
)
def test_the_titled_surname_is_the_one_of_that_gender(
    woman: str, man: str, surname: str, title: str, tail: str, speaker: str
) -> None:
    closing = f"{title} {surname} said things would only change when someone wrote back."
    paragraphs = [*_couple(woman, man, surname), f"{closing} {_QUOTE}{tail}"]
    assert speakers_in_order(paragraphs)[-1] == speaker


def test_a_title_in_its_own_paragraph_before_the_quote() -> None:
    paragraphs = [
        *_couple("Margaret", "Frank", "Doyle"),
        "Mrs Doyle said she would believe in improvements when she saw them.",
        _QUOTE + " she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Margaret Doyle"


def test_another_woman_named_after_the_title_speaks() -> None:
    paragraphs = [
        *_couple("Margaret", "Frank", "Doyle"),
        "Mrs Doyle said she was tired. Helen Okafor, who chairs the panel, disagreed with the"
        f" trust. {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Helen Okafor"
