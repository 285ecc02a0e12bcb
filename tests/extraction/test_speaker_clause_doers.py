"""The one who acts in a clause after "after"/"before"/"when" is whom a pronoun means when the
sentence opens with a thing and names no one else ("The second goal came after Tom Ode rounded
goalkeeper Ben Hale …"), and the person a name and a verb act on ("Ode rounded goalkeeper Ben
Hale", "Adeyemi-Cole defended Ann Lee") is their object, hyphened surnames too. A sentence
whose subject is a person, or a pronoun's thing, keeps the clause's name an object."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_HE = "“We have waited far too long for a result like this one,” Kwabena Osei said."
_SHE = "“We have waited far too long for a result like this one,” Ingrid Solberg said."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                _HE,
                "The second goal came after Tomasz Wielgosz rounded goalkeeper Rafael "
                "Ortega-Vidal and slotted in from a narrow angle.",
                "“The second one, I knew where the keeper was going before he did,” he said.",
            ],
            "Tomasz Wielgosz",
        ),
        (
            [
                _SHE,
                "The breakthrough came when Ngozi Adeyemi-Cole overtook Hannah Keller on the "
                "final lap. “I saw the gap and I did not think twice about it,” she said.",
            ],
            "Ngozi Adeyemi-Cole",
        ),
        (
            [
                _SHE,
                "Priya Raman-Shah rounded goalkeeper Lucia Ferrante and scored. “This was never "
                "going to be easy for anyone on that pitch today,” she said.",
            ],
            "Priya Raman-Shah",
        ),
    ],
)
def test_the_clause_doer_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # a person opens the sentence: the name after "after" stays an object
            _HE,
            "Osei scored again on Saturday, a year after Tomasz Wielgosz beat him in the "
            "final. “I have waited a long time to feel like this again,” he said.",
        ],
        [  # the pronoun's own thing opens it: the pronoun goes on meaning the speaker
            _HE,
            "His second goal came after Tomasz Wielgosz slipped on the wet grass. “I have "
            "waited a long time to feel like this again,” he said.",
        ],
    ],
)
def test_the_speaker_goes_on(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs)[-1] == "Kwabena Osei"
