"""A document opening its sentence ("In a letter to X dated Tuesday, the authority asked
Lumenvale to …") is the subject's, a body by its kind, not the body named after the verb as
what the subject acted on; a subject named after its role keeps the document."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_LEDE = (
    "Lumenvale Labs released a new model on Wednesday, a day after the Norland Digital Markets "
    "Authority wrote to the company about its safety tests."
)
_QUOTE = "“The Authority has not been given enough information to judge the model’s safety,”"


def test_the_body_subject_issued_the_letter_not_its_object() -> None:
    for sentence in (
        "In a letter to its chief executive dated Tuesday, the authority asked Lumenvale to "
        "hand over its test results.",
        "In a letter sent on Monday, the authority told Lumenvale it had fourteen days.",
        "In a two-page letter, the authority urged Lumenvale to delay the launch.",
    ):
        got = speakers_in_order([_LEDE, f"{sentence} {_QUOTE} the letter reads."])
        assert got == ["Norland Digital Markets Authority"], sentence


def test_a_named_subject_after_its_role_keeps_the_letter() -> None:
    paragraphs = [
        _LEDE,
        "In a letter to staff, the company’s chief executive, Anneliese Okoro-Brandt, asked "
        "for patience. “We will answer every question the regulator puts to us,” the letter reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Anneliese Okoro-Brandt"]
