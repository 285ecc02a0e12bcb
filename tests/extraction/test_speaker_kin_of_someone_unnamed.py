"""Someone brought in as the relative of someone unnamed and kept unnamed ("The
daughter of one patient, who asked not to be named, said outside court: “…”") has no named
speaker, as "One neighbour, who did not want to be named," has none; the lawyer quoted just
before does not take the quote, and a named relative still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Defending, Marcus Lindqvist-Obi said his client was ashamed. "
    "“She has not worked since and never will again,” he said."
)
_QUOTE = "“My mother spent her last night in agony because of that woman.”"


@pytest.mark.parametrize(
    "lead",
    [
        "The daughter of one patient, who asked not to be named, said outside court:",
        "The widow of a former resident, who asked not to be identified, said:",
        "The son of another victim, who declined to be named, told reporters:",
    ],
)
def test_kin_of_someone_unnamed_keeps_no_speaker(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == ["Marcus Lindqvist-Obi", None]


def test_a_named_relative_still_speaks() -> None:
    lead = "The daughter of one patient, Ruth Abara, said outside court:"
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"]) == [
        "Marcus Lindqvist-Obi",
        "Ruth Abara",
    ]
