"""A surname's gender from the pronoun written right after its mentions."""

from __future__ import annotations

import pytest

from bot.extraction.genders import Genders
from bot.extraction.index import CapitalIndex


def _gender(text: str, name: str) -> str | None:
    return Genders(CapitalIndex(text), lambda at: False).gender(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okonkwo arrived late. Okonkwo said she was tired; Okonkwo added she'd stay.", "f"),
        ("Okonkwo arrived late. Okonkwo said he was tired; Okonkwo added he'd stay.", "m"),
        ("Okonkwo spoke first, and She agreed. Okonkwo thought herself lucky.", "f"),
        ("Okonkwo was there. He agreed. Okonkwo then said his piece.", "m"),
    ],
)
def test_the_pronoun_after_a_surname_gives_its_gender(text: str, expected: str) -> None:
    assert _gender(text, "Zorvek Okonkwo") == expected


def test_a_pronoun_after_the_next_name_or_sentence_is_not_counted() -> None:
    text = "Okonkwo met Lee, and he left. Okonkwo waved. Then he sat. Okonkwo met Kim; he sang."
    assert _gender(text, "Zorvek Okonkwo") is None


def test_words_ending_in_he_are_no_pronouns() -> None:
    text = "Okonkwo wrote the theme. Okonkwo read the ashes. Okonkwo took the heat."
    assert _gender(text, "Zorvek Okonkwo") is None
