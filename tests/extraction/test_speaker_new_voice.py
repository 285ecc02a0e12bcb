"""A quote with a tag of its own that brings in someone unnamed ("“…,” one resident said.") or
a name where the quote before had only a pronoun is a new voice, not the rest of the quote
before it in the same paragraph; a tag pointing back ("she added", "the mayor went on") still
joins the halves."""

from __future__ import annotations

import pytest

from bot.extraction.quotes import extract_quotes
from tests.extraction.speaking import speakers_in_order

_FIRST = (
    "Sunniva Lystad, the harbour master, defended the plan. “We have listened to everyone and "
    "we are ready to move ahead,” she said."
)
_FIRST_HE = (
    "Obinna Eze, who chairs the ferry board, was upbeat. “The new boats will be running by the "
    "spring, whatever the weather,” he said."
)


@pytest.mark.parametrize("first", [_FIRST, _FIRST_HE])
@pytest.mark.parametrize(
    "second",
    [
        "“We were never told anything about any of this,” one resident said.",
        "“We stood there for hours in the pouring rain,” said one of the protesters.",
        "“Give us back our harbour right now,” someone in the crowd shouted.",
        "“He worked harder than anyone on the whole team,” recalled a former colleague.",
        "“Nobody in the building knew what was coming,” a spokesperson said.",
        "“It was like a war zone out there last night,” a witness told local radio.",
        "“This is the end of the road for the ferry company,” one analyst said.",
        "“This is nothing short of daylight theft,” wrote another.",
        "“No more cuts to our schools and clinics,” the crowd chanted.",
        "“The talks are close to collapse tonight,” according to a senior official.",
    ],
)
def test_a_tag_bringing_in_someone_unnamed_is_a_new_voice(first: str, second: str) -> None:
    assert speakers_in_order([first + " " + second])[-1] is None


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("“We will not move from this street,” one resident, Tomas Vidal, said.", "Tomas Vidal"),
        ("“This is a scandal and a disgrace,” said a local councillor, Peter Lund.",
         "Peter Lund"),
        ("“The figures simply do not add up for anyone,” Halima Sayed said.", "Halima Sayed"),
    ],
)
def test_a_tag_naming_someone_after_a_pronoun_tag_is_theirs(second: str, speaker: str) -> None:
    assert speakers_in_order([_FIRST + " " + second]) == ["Sunniva Lystad", speaker]


@pytest.mark.parametrize(
    "second",
    [
        "“And we will keep listening after the work begins,” she added.",
        "“And we will keep listening after the work begins,” the harbour master went on.",
        "“And we will keep listening after the work begins,” Lystad added.",
    ],
)
def test_a_tag_pointing_back_joins_the_halves(second: str) -> None:
    quotes = extract_quotes((_FIRST + " " + second,), "")
    assert [q.speaker for q in quotes] == ["Sunniva Lystad"]
