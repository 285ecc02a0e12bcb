"""Someone brought in by age or as "a woman", "a refugee" and never named keeps no speaker."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "“The border will stay open as long as we can keep it open,” said Lena Ortiz, a UN official."
)
_QUOTE = "“We paid the smugglers with my wedding gold,” she said."


def test_an_unnamed_person_opening_the_sentence_before_keeps_no_speaker() -> None:
    for opening in (
        "A 34-year-old mother of three from Aleppo said she had sold everything.",
        "An elderly woman sat by the fire.",
        "A young refugee from the north waited at the gate.",
    ):
        paragraphs = [_OPENING, f"{opening} {_QUOTE}"]
        assert speakers_in_order(paragraphs) == ["Lena Ortiz", None], opening


def test_a_person_named_beside_or_after_the_description_keeps_the_name() -> None:
    for opening, name in (
        ("A 34-year-old woman, Rana Haddad, said she had sold everything.", "Rana Haddad"),
        ("A young woman named Rana Haddad said she had walked for days.", "Rana Haddad"),
        (
            "A 34-year-old mother of three said she had sold everything. Rana Haddad, her"
            " sister, agreed.",
            "Rana Haddad",
        ),
    ):
        paragraphs = [_OPENING, f"{opening} {_QUOTE}"]
        assert speakers_in_order(paragraphs) == ["Lena Ortiz", name], opening
