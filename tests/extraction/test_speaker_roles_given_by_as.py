"""A role given with "as" ("Kofi Mensah hired Ines Aldana as his lawyer", "named Bruno Salgado
as its new coach") names its holder: "the lawyer said" and "His lawyer said:" later are
Aldana's, never the client's who hired her."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("introduced", "attributed", "speaker"),
    [
        (
            "Kofi Mensah has hired Ines Aldana as his lawyer.",
            "The case opens on Monday. “My client denies every one of the charges,” the lawyer"
            " said.",
            "Ines Aldana",
        ),
        (
            "Greta Lindholm hired Tariq Nasser as her attorney last year.",
            "Lindholm was not in court. Her attorney said: “My client denies every one of the"
            " charges.”",
            "Tariq Nasser",
        ),
        (
            "Harwell Rovers named Bruno Salgado as their new coach on Monday.",
            "“I have wanted this job for a very long time,” the coach said.",
            "Bruno Salgado",
        ),
        (
            "The board appointed Yuki Sato as chief executive in May.",
            "“We will cut costs before we cut any jobs at all,” the chief executive said.",
            "Yuki Sato",
        ),
    ],
)
def test_role_given_by_as_names_its_holder(introduced: str, attributed: str, speaker: str) -> None:
    assert speakers_in_order([introduced, attributed]) == [speaker]


@pytest.mark.parametrize(
    ("introduced", "attributed", "speaker"),
    [  # near misses: no one named as the lawyer, and "as" before a role of the subject
        (
            "Kofi Mensah spoke to the court as a father, not a lawyer.",
            "Mensah was not in court on Friday. His lawyer said: “My client denies every one of"
            " the charges.”",
            None,
        ),
        (
            "Kofi Mensah, as mayor, opened the session on Monday.",
            "“We will cut costs before we cut any jobs at all,” he said.",
            "Kofi Mensah",
        ),
    ],
)
def test_role_given_by_as_near_misses(
    introduced: str, attributed: str, speaker: str | None
) -> None:
    assert speakers_in_order([introduced, attributed]) == [speaker]
