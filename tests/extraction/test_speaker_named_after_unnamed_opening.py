"""A paragraph opening with someone unnamed ("Another scientist was less reassuring.") does not
take a "she added:" further on when a sentence since opens with a full name ("Dr Keiko Arakawa,
who …, wrote on X …"): she is the one named; with no name between, the unnamed one keeps it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Dr Emil Sandoval said an eruption was possible. “Volcanoes give warnings, and most do not "
    "end in an eruption,” he said."
)
_QUOTE = "“I hope I am wrong. I was not wrong last time.”"


def test_a_name_opening_a_sentence_since_takes_the_pronoun() -> None:
    for named, name in (
        (
            "Dr Keiko Arakawa, who studied the last eruption, wrote on X that it looked familiar.",
            "Keiko Arakawa",
        ),
        (
            "Marisol Etxeberria posted a chart of the tremors on Tuesday night.",
            "Marisol Etxeberria",
        ),
    ):
        opening = "Another scientist was less reassuring."
        paragraph = f"{opening} {named} In a follow-up post, she added: {_QUOTE}"
        assert speakers_in_order([_BEFORE, paragraph])[1] == name, named


def test_with_no_name_between_the_unnamed_one_keeps_it() -> None:
    paragraph = (
        "Another scientist was less reassuring. She said the pattern looked familiar. In a "
        f"follow-up post, she added: {_QUOTE}"
    )
    assert speakers_in_order([_BEFORE, paragraph])[1] is None
