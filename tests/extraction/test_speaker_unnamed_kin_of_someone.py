"""Someone's kin, themselves unnamed, opening the sentence before a quote ("The mother of one
participant, a boy of seven, said …", "One participant’s mother said …") says the "she" or "he"
after it: no speaker, not the last person named; kin named beside them still speak."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_NAMED = (
    "The company’s chief executive, Beatrix Holm, told investors that pricing was “not yet "
    "decided, and will not be for months.”"
)
_QUOTE = "“He had never seen it before. Now he looks for it every night,”"


def test_unnamed_kin_before_the_quote_is_unnamed() -> None:
    for opening, pronoun in (
        ("The mother of one participant, a boy of seven from Dunmore, said he", "she"),
        ("One participant’s mother said he", "she"),
        ("The husband of a patient, a retired teacher, said she", "he"),
        ("Another patient’s father told reporters his son", "he"),
    ):
        paragraph = f"{opening} now points at the moon. {_QUOTE} {pronoun} said."
        assert speakers_in_order([_NAMED, paragraph])[1] is None, opening


def test_kin_named_beside_still_speak() -> None:
    paragraph = (
        f"The mother of one participant, Orla Keane, said he now points at the moon. {_QUOTE} "
        "she said."
    )
    assert speakers_in_order([_NAMED, paragraph])[1] == "Orla Keane"
