"""A body by its kind with an aside before "said in a statement" ("The coalition, which speaks
for 31 countries, said in a statement …") speaks in the statement the next quote comes from
("“…,” the statement said."), as it does with no aside."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_NAMED = (
    "Kwabena Asante-Mills, the lead negotiator for the Coalition of Atoll and Delta Nations, said "
    "the draft was “a slap delivered in very polite language.”"
)
_QUOTE = "“Our ministers did not travel halfway around the world to sign an apology,”"


def test_an_aside_between_the_kind_and_said_in() -> None:
    for sentence in (
        "The coalition, which speaks for 31 countries, said in a statement that it would not join.",
        "The coalition, a bloc of 31 countries, said in a statement that it would not join.",
        "The coalition, which first met in 2009, added in a statement that it would stay.",
    ):
        paragraph = f"{sentence} {_QUOTE} the statement said."
        got = speakers_in_order([_NAMED, paragraph])
        assert got[1] == "Coalition of Atoll and Delta Nations", sentence


def test_a_company_kind_with_an_aside() -> None:
    paragraphs = [
        "Brightwater Ferry Company cut two routes on Monday, blaming the cost of fuel.",
        "The company, which has run the island service since 1994, said in a statement that "
        "it had no choice. “No operator can run a ferry at a loss for three winters,” the "
        "statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Brightwater Ferry Company"]


def test_a_person_after_the_aside_is_not_the_body() -> None:
    paragraphs = [
        _NAMED,
        "The coalition’s chair, Losana Vakaloloma, said in a statement that she would stay. "
        f"{_QUOTE} the statement said.",
    ]
    assert speakers_in_order(paragraphs)[1] == "Losana Vakaloloma"
